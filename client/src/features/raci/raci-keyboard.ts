import type { RaciCode } from "@brownpaper/shared";

/** A cell of the matrix: `row` is the step, `col` the role. */
export interface CellPosition {
  row: number;
  col: number;
}

export type RaciKeyAction =
  { type: "move"; to: CellPosition } | { type: "set"; code: RaciCode | null } | { type: "cycle" } | null;

const CODE_KEYS: Readonly<Record<string, RaciCode>> = { r: "R", a: "A", c: "C", i: "I" };

function clamp(value: number, max: number): number {
  return Math.min(Math.max(value, 0), Math.max(max - 1, 0));
}

/**
 * What a key does in the RACI matrix, as in a spreadsheet: arrows move (stopping at the
 * edges), Home/End jump along the row, R/A/C/I set the code, Delete/Backspace/– clear it,
 * Enter and Space cycle it like a click. Modified keys are left to the browser.
 */
export function raciKeyAction(
  key: string,
  at: CellPosition,
  size: { rows: number; cols: number },
  modifiers: { ctrl?: boolean; meta?: boolean; alt?: boolean } = {},
): RaciKeyAction {
  if (modifiers.ctrl || modifiers.meta || modifiers.alt) return null;
  const move = (row: number, col: number): RaciKeyAction => ({
    type: "move",
    to: { row: clamp(row, size.rows), col: clamp(col, size.cols) },
  });
  switch (key) {
    case "ArrowUp":
      return move(at.row - 1, at.col);
    case "ArrowDown":
      return move(at.row + 1, at.col);
    case "ArrowLeft":
      return move(at.row, at.col - 1);
    case "ArrowRight":
      return move(at.row, at.col + 1);
    case "Home":
      return move(at.row, 0);
    case "End":
      return move(at.row, size.cols - 1);
    case "Delete":
    case "Backspace":
    case "-":
      return { type: "set", code: null };
    case "Enter":
    case " ":
      return { type: "cycle" };
  }
  const code = CODE_KEYS[key.toLowerCase()];
  return code ? { type: "set", code } : null;
}
