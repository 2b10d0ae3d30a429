import type { Board } from "../doc/read-board";
import type { LaneKind, LaneRecord } from "../schema/lane";
import type { Step } from "../schema/step";

/** Lookups by id, built once per board so each analysis stays linear. */
export interface BoardIndex {
  laneById: ReadonlyMap<string, LaneRecord>;
  stepById: ReadonlyMap<string, Step>;
}

export function indexBoard(board: Pick<Board, "lanes" | "steps">): BoardIndex {
  return {
    laneById: new Map(board.lanes.map((lane) => [lane.id, lane])),
    stepById: new Map(board.steps.map((step) => [step.id, step])),
  };
}

/** Code-unit order, independent of the locale, so every client ranks ties the same way. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The kind of the lane a step sits in, or undefined when the step or its lane is unknown. */
export function laneKindOf(index: BoardIndex, stepId: string): LaneKind | undefined {
  const step = index.stepById.get(stepId);
  return step === undefined ? undefined : index.laneById.get(step.laneId)?.kind;
}
