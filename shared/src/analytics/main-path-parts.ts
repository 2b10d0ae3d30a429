import type { Board } from "../doc/read-board";
import { indexBoard } from "./board-index";
import { waitingAt, type MainPath, type WaitingBucket } from "./main-path";

/** Which steps of the main path each of its figures is made of, in path order. */
export interface MainPathParts {
  /** Steps with a %C&A: the factors of the rolled %C&A. */
  withPctCompleteAccurate: string[];
  /** Steps that wait (lead − process above zero), by the kind of lane the waiting piles up in. */
  waiting: Record<WaitingBucket, string[]>;
}

/**
 * Breaks the main path's figures down to the steps behind them, by the same rules `mainPath`
 * sums them with (`waitingAt`), so a panel
 * can show on the map where, say, the support lanes' waiting sits.
 */
export function mainPathParts(board: Pick<Board, "lanes" | "steps">, path: Pick<MainPath, "stepIds">): MainPathParts {
  const index = indexBoard(board);
  const parts: MainPathParts = { withPctCompleteAccurate: [], waiting: { core: [], support: [], other: [] } };
  for (const stepId of path.stepIds) {
    const step = index.stepById.get(stepId);
    if (!step) continue;
    if (step.pctCompleteAccurate !== undefined) parts.withPctCompleteAccurate.push(stepId);
    const wait = waitingAt(index, stepId);
    if (wait && wait.minutes > 0) parts.waiting[wait.bucket].push(stepId);
  }
  return parts;
}
