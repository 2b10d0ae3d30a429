import type { Board } from "../doc/read-board";
import { deriveHandovers } from "../handovers";
import type { AgreementStatus } from "../schema/agreement";

/** A handover that no live agreement covers. */
export interface UncoveredHandover {
  flowId: string;
  providerLaneId: string;
  customerLaneId: string;
}

/**
 * Why a flow listed by an agreement no longer runs provider → customer:
 * - `within-lane`: both its steps now sit in one lane, so it is no handover at all;
 * - `reversed`: it runs customer → provider;
 * - `other-lanes`: it runs between a different pair of lanes.
 */
export type FlowMismatchReason = "within-lane" | "reversed" | "other-lanes";

export interface FlowMismatch {
  flowId: string;
  reason: FlowMismatchReason;
  /** Where the flow runs now. */
  fromLaneId: string;
  toLaneId: string;
}

/** A live agreement some of whose flows no longer match its two lanes. */
export interface MismatchedAgreement {
  agreementId: string;
  status: AgreementStatus;
  providerLaneId: string;
  customerLaneId: string;
  flows: FlowMismatch[];
}

export interface AgreementCoverage {
  /** Handovers in flow order that no draft or agreed agreement covers as they run now. */
  uncovered: UncoveredHandover[];
  /** Draft or agreed agreements, in board order, listing flows that no longer run provider → customer. */
  mismatched: MismatchedAgreement[];
  /** Draft or agreed agreements covering no flow at all (every flow they listed was deleted). */
  withoutFlows: string[];
}

function mismatchReason(
  agreement: { providerLaneId: string; customerLaneId: string },
  fromLaneId: string,
  toLaneId: string,
): FlowMismatchReason | null {
  if (fromLaneId === toLaneId) return "within-lane";
  if (fromLaneId === agreement.providerLaneId && toLaneId === agreement.customerLaneId) return null;
  if (fromLaneId === agreement.customerLaneId && toLaneId === agreement.providerLaneId) return "reversed";
  return "other-lanes";
}

/**
 * Which handovers lack an agreement and which agreements no longer fit their flows. Retired
 * agreements are ignored on both counts. A handover counts as covered only when an agreement
 * lists it *and* it still runs from that agreement's provider lane to its customer lane: an
 * agreement whose flow moved lane is reported as mismatched, and the moved handover as
 * uncovered, because the promise was made between two other teams.
 */
export function agreementCoverage(board: Pick<Board, "steps" | "flows" | "agreements">): AgreementCoverage {
  const laneOf = new Map(board.steps.map((step) => [step.id, step.laneId]));
  const flowById = new Map(board.flows.map((flow) => [flow.id, flow]));
  const covered = new Set<string>();
  const mismatched: MismatchedAgreement[] = [];
  const withoutFlows: string[] = [];

  for (const agreement of board.agreements) {
    if (agreement.status === "retired") continue;
    if (agreement.flowIds.length === 0) withoutFlows.push(agreement.id);
    const flows: FlowMismatch[] = [];
    for (const flowId of agreement.flowIds) {
      const flow = flowById.get(flowId);
      const fromLaneId = flow && laneOf.get(flow.from);
      const toLaneId = flow && laneOf.get(flow.to);
      if (fromLaneId === undefined || toLaneId === undefined) continue;
      const reason = mismatchReason(agreement, fromLaneId, toLaneId);
      if (reason === null) covered.add(flowId);
      else flows.push({ flowId, reason, fromLaneId, toLaneId });
    }
    if (flows.length > 0) {
      const { id: agreementId, status, providerLaneId, customerLaneId } = agreement;
      mismatched.push({ agreementId, status, providerLaneId, customerLaneId, flows });
    }
  }

  const uncovered = deriveHandovers(board)
    .filter((handover) => !covered.has(handover.flow.id))
    .map(({ flow, providerLaneId, customerLaneId }) => ({ flowId: flow.id, providerLaneId, customerLaneId }));
  return { uncovered, mismatched, withoutFlows };
}
