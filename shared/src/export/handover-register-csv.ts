import type { Board } from "../doc/read-board";
import { deriveHandovers } from "../handovers";
import { flowOrder } from "../flow-order";
import { serviceScore } from "../analytics/service-score";
import { painRanking } from "../analytics/pain-ranking";
import { toCsv } from "./csv";

/** What a vote count reads while the facilitator hides the vote. */
const HIDDEN = "hidden";

const round = (value: number | null) => (value === null ? "" : Math.round(value * 10) / 10);

/**
 * The handover register as CSV, one row per handover in flow order: the lanes, steps and flow
 * label, what changes hands and how, the agreement covering it with its service score, and the
 * pain votes on it (counted as the gap report counts them; "hidden" while the facilitator hides
 * the vote).
 */
export function handoverRegisterCsv(board: Board): string {
  const laneName = new Map(board.lanes.map((lane) => [lane.id, lane.name]));
  const stepLabel = new Map(board.steps.map((step) => [step.id, step.label]));
  const position = new Map(flowOrder(board).map((id, index) => [id, index]));
  const painByFlow = new Map(painRanking(board).handovers.map((entry) => [entry.flowId, entry.votes]));
  const painVotes = (flowId: string) => (board.meta.votesHidden ? HIDDEN : (painByFlow.get(flowId) ?? 0));
  const handovers = deriveHandovers(board).sort(
    (a, b) =>
      position.get(a.flow.from)! - position.get(b.flow.from)! || position.get(a.flow.to)! - position.get(b.flow.to)!,
  );
  const header = [
    "From lane",
    "To lane",
    "From step",
    "To step",
    "Flow label",
    "Artifact",
    "Channel",
    "Agreement",
    "Agreement status",
    "Service score",
    "Task score",
    "Relationship score",
    "Pain votes",
  ];
  const rows = handovers.map(({ flow, providerLaneId, customerLaneId }) => {
    const agreement = board.agreements.find(
      (candidate) => candidate.status !== "retired" && candidate.flowIds.includes(flow.id),
    );
    const score = agreement ? serviceScore(agreement) : null;
    return [
      laneName.get(providerLaneId),
      laneName.get(customerLaneId),
      stepLabel.get(flow.from),
      stepLabel.get(flow.to),
      flow.label,
      flow.handover?.artifact ?? "",
      flow.handover?.channel ?? "",
      agreement ? agreement.expectation || agreement.id : "",
      agreement?.status ?? "",
      round(score?.combined ?? null),
      round(score?.task ?? null),
      round(score?.relationship ?? null),
      painVotes(flow.id),
    ];
  });
  return toCsv([header, ...rows]);
}
