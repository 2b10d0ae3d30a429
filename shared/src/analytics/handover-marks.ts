import type { Board } from "../doc/read-board";
import { deriveHandovers } from "../handovers";
import { agreementCoverage } from "./agreement-coverage";
import { serviceScore } from "./service-score";

/** What a handover shows beside its badge: its agreement's service score, or that none covers it. */
export type HandoverMark = { agreement: "covered"; score: number | null } | { agreement: "none" };

/**
 * The mark of every handover, by flow id; flows within one lane have none. The score is the
 * combined service score of the first live agreement listing the flow, as the canvas and the
 * handover register show it.
 */
export function handoverMarks(board: Pick<Board, "steps" | "flows" | "agreements">): Map<string, HandoverMark> {
  const coverage = agreementCoverage(board);
  const uncovered = new Set(coverage.uncovered.map((handover) => handover.flowId));
  const scores = new Map<string, number | null>();
  for (const agreement of board.agreements) {
    if (agreement.status === "retired") continue;
    const score = serviceScore(agreement).combined;
    for (const flowId of agreement.flowIds) if (!scores.has(flowId)) scores.set(flowId, score);
  }
  return new Map(
    deriveHandovers(board).map(({ flow }): [string, HandoverMark] => [
      flow.id,
      uncovered.has(flow.id) ? { agreement: "none" } : { agreement: "covered", score: scores.get(flow.id) ?? null },
    ]),
  );
}
