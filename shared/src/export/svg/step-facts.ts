import type { Board } from "../../doc/read-board";
import type { Step } from "../../schema/step";

/** What the canvas shows around a step besides its label. Empty strings mean nothing to show. */
export interface StepFacts {
  /** "PT 30m · LT 2d · 80%". */
  measures: string;
  /** Role names holding R, comma-separated. */
  responsible: string;
  /** Role names holding A, comma-separated. */
  accountable: string;
}

/**
 * A working day of 8 hours, as the inspector enters and the canvas shows durations
 * (client/src/lib/duration.ts): the picture must read "2d" where the room read "2d".
 */
const MINUTES_PER_DAY = 8 * 60;

const round1 = (value: number) => Math.round(value * 10) / 10;

/** "45m", "1.5h", "2d": the canvas's compact duration. */
export function formatDuration(minutes: number): string {
  if (minutes >= MINUTES_PER_DAY) return `${round1(minutes / MINUTES_PER_DAY)}d`;
  if (minutes >= 60) return `${round1(minutes / 60)}h`;
  return `${round1(minutes)}m`;
}

/** A step's measures in the canvas's one line: "PT 30m · LT 2d · 80%"; empty when it has none. */
export function stepMeasuresLine(step: Pick<Step, "processTime" | "leadTime" | "pctCompleteAccurate">): string {
  const parts: string[] = [];
  if (step.processTime !== undefined) parts.push(`PT ${formatDuration(step.processTime)}`);
  if (step.leadTime !== undefined) parts.push(`LT ${formatDuration(step.leadTime)}`);
  if (step.pctCompleteAccurate !== undefined) parts.push(`${round1(step.pctCompleteAccurate)}%`);
  return parts.join(" · ");
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
      { measures: stepMeasuresLine(step), responsible: responsible.get(step.id) ?? "", accountable: accountable.get(step.id) ?? "" },
    ]),
  );
}
