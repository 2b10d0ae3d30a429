import { deriveHandovers, flowOrder, type Board, type Flow, type LaneKind, type StepKind } from "@brownpaper/shared";

export interface OutlineHandover {
  flowId: string;
  /** The lane on the other side of the handover: the provider for one coming in, the customer for one going out. */
  otherLane: string;
  otherStep: string;
  /** "from Finance: Approve credit (invoice by email)" or "to Warehouse: Pick and pack". */
  text: string;
}

export interface OutlineStep {
  id: string;
  label: string;
  kind: StepKind;
  laneId: string;
  laneName: string;
  incoming: OutlineHandover[];
  outgoing: OutlineHandover[];
}

export interface OutlineLane {
  id: string;
  name: string;
  kind: LaneKind;
  steps: number;
}

export interface Outline {
  lanes: OutlineLane[];
  steps: OutlineStep[];
}

/** "invoice by email", "by ticket" or nothing: what changes hands on a handover and how. */
function handoverDetails(flow: Flow): string {
  return [flow.handover?.artifact, flow.handover?.channel && `by ${flow.handover.channel}`].filter(Boolean).join(" ");
}

/**
 * The board as text: lanes in order, then every step in walk order with the handovers coming
 * into it and leaving it, so someone who cannot see the map can still follow who hands what to whom.
 */
export function buildOutline(board: Board): Outline {
  const laneName = new Map(board.lanes.map((lane) => [lane.id, lane.name]));
  const stepById = new Map(board.steps.map((step) => [step.id, step]));
  const incoming = new Map<string, OutlineHandover[]>();
  const outgoing = new Map<string, OutlineHandover[]>();
  const add = (into: Map<string, OutlineHandover[]>, stepId: string, handover: OutlineHandover) =>
    into.set(stepId, [...(into.get(stepId) ?? []), handover]);

  for (const { flow, providerLaneId, customerLaneId } of deriveHandovers(board)) {
    const details = handoverDetails(flow);
    const suffix = details ? ` (${details})` : "";
    const from = stepById.get(flow.from)?.label || "untitled step";
    const to = stepById.get(flow.to)?.label || "untitled step";
    const provider = laneName.get(providerLaneId) ?? "?";
    const customer = laneName.get(customerLaneId) ?? "?";
    add(outgoing, flow.from, {
      flowId: flow.id,
      otherLane: customer,
      otherStep: to,
      text: `to ${customer}: ${to}${suffix}`,
    });
    add(incoming, flow.to, {
      flowId: flow.id,
      otherLane: provider,
      otherStep: from,
      text: `from ${provider}: ${from}${suffix}`,
    });
  }

  return {
    lanes: board.lanes.map((lane) => ({
      id: lane.id,
      name: lane.name,
      kind: lane.kind,
      steps: board.steps.filter((step) => step.laneId === lane.id).length,
    })),
    steps: flowOrder(board).flatMap((id) => {
      const step = stepById.get(id);
      if (!step) return [];
      return [
        {
          id,
          label: step.label,
          kind: step.kind,
          laneId: step.laneId,
          laneName: laneName.get(step.laneId) ?? "",
          incoming: incoming.get(id) ?? [],
          outgoing: outgoing.get(id) ?? [],
        },
      ];
    }),
  };
}
