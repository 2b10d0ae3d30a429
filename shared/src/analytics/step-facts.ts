import type { Board } from "../doc/read-board";
import { stepMeasuresLine } from "../schema/measure-text";

/** What the canvas shows around a step besides its label. Empty strings mean nothing to show. */
export interface StepFacts {
  /** "PT 30m · LT 2d · 80%". */
  measures: string;
  /** Role names holding R, comma-separated. */
  responsible: string;
  /** Role names holding A, comma-separated. */
  accountable: string;
}

/** Role names holding `code` on each step, in the order the assignments are read. */
function holders(board: Pick<Board, "roles" | "raci">, code: "R" | "A"): Map<string, string> {
  const roleName = new Map(board.roles.map((role) => [role.id, role.name]));
  const names = new Map<string, string[]>();
  for (const entry of board.raci) {
    if (entry.code !== code) continue;
    names.set(entry.stepId, [...(names.get(entry.stepId) ?? []), roleName.get(entry.roleId) ?? "?"]);
  }
  return new Map([...names].map(([stepId, list]) => [stepId, list.join(", ")]));
}

/** Each step's measures and R/A holders, as the canvas shows them next to the step. */
export function stepFacts(board: Pick<Board, "steps" | "roles" | "raci">): Map<string, StepFacts> {
  const responsible = holders(board, "R");
  const accountable = holders(board, "A");
  return new Map(
    board.steps.map((step) => [
      step.id,
      {
        measures: stepMeasuresLine(step),
        responsible: responsible.get(step.id) ?? "",
        accountable: accountable.get(step.id) ?? "",
      },
    ]),
  );
}
