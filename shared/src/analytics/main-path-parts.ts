import type { Board } from "../doc/read-board";
import { indexBoard, laneKindOf } from "./board-index";
import type { MainPath } from "./main-path";
import { minutes } from "./step-measures";

/** Which steps of the main path each of its figures is made of, in path order. */
export interface MainPathParts {
  /** Steps with a %C&A: the factors of the rolled %C&A. */
  withPctCompleteAccurate: string[];
  /** Steps that wait (lead − process above zero), by the kind of lane the waiting piles up in. */
  waiting: { core: string[]; support: string[]; other: string[] };
}

/**
 * Breaks the main path's figures down to the steps behind them, by the same rules `mainPath`
 * sums them with (waiting only where a step has both times, never below zero), so a panel
 * can show on the map where, say, the support lanes' waiting sits.
 */
export function mainPathParts(board: Pick<Board, "lanes" | "steps">, path: Pick<MainPath, "stepIds">): MainPathParts {
  const index = indexBoard(board);
  const parts: MainPathParts = { withPctCompleteAccurate: [], waiting: { core: [], support: [], other: [] } };
  for (const stepId of path.stepIds) {
    const step = index.stepById.get(stepId);
    if (!step) continue;
    if (step.pctCompleteAccurate !== undefined) parts.withPctCompleteAccurate.push(stepId);
    if (step.processTime === undefined || step.leadTime === undefined) continue;
    if (minutes(step.leadTime) - minutes(step.processTime) <= 0) continue;
    const kind = laneKindOf(index, stepId);
    parts.waiting[kind === "core" ? "core" : kind === "support" ? "support" : "other"].push(stepId);
  }
  return parts;
}
