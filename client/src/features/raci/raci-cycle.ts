import type { RaciCode } from "@brownpaper/shared";

const CYCLE: ReadonlyArray<RaciCode | null> = [null, "R", "A", "C", "I"];

/** The code a click on a RACI cell moves to: – → R → A → C → I → –. */
export function nextRaciCode(code: RaciCode | null): RaciCode | null {
  const index = CYCLE.indexOf(code);
  return CYCLE[(index + 1) % CYCLE.length] ?? null;
}
