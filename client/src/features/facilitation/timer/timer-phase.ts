import { isTimeUp, type TimerState } from "@brownpaper/shared";

/** What a screen shows for the timebox: nothing, a countdown, a paused countdown, or time's up. */
export type TimerPhase = "idle" | "running" | "paused" | "up";

export function timerPhase(timer: TimerState, now: number): TimerPhase {
  if (timer.status === "running") return isTimeUp(timer, now) ? "up" : "running";
  return timer.status;
}

/**
 * Whether this screen should sound the signal on going from one phase to the next: only when
 * it saw the countdown reach zero. Someone who joins (or reloads) after the time ran out sees
 * that it is up but hears nothing, and a timebox that is stopped or paused never sounds.
 */
export function signalsTimeUp(previous: TimerPhase | null, next: TimerPhase): boolean {
  return previous === "running" && next === "up";
}
