/**
 * A workshop timebox. It is stored as an end time (and, while paused, what was left), never as
 * a ticking count, so a late joiner computes the same remaining time as everyone else. Times
 * are the server's clock (`GET /api/time`), never one screen's, which may be minutes off.
 */
export type TimerState =
  | { status: "idle" }
  | { status: "running"; endsAt: number; durationMs: number }
  | { status: "paused"; remainingMs: number; durationMs: number };

export const IDLE_TIMER: TimerState = { status: "idle" };

export function startTimer(now: number, durationMs: number): TimerState {
  const duration = Math.max(1000, Math.round(durationMs));
  return { status: "running", endsAt: now + duration, durationMs: duration };
}

export function remainingMs(timer: TimerState, now: number): number {
  switch (timer.status) {
    case "idle":
      return 0;
    case "running":
      return Math.max(0, timer.endsAt - now);
    case "paused":
      return timer.remainingMs;
  }
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.status !== "running") return timer;
  return { status: "paused", remainingMs: remainingMs(timer, now), durationMs: timer.durationMs };
}

export function resumeTimer(timer: TimerState, now: number): TimerState {
  if (timer.status !== "paused") return timer;
  return { status: "running", endsAt: now + timer.remainingMs, durationMs: timer.durationMs };
}

/** Adds time to a running or paused timer; a timer that already ran out starts again. */
export function addTime(timer: TimerState, now: number, ms = 60_000): TimerState {
  switch (timer.status) {
    case "idle":
      return timer;
    case "running":
      return { ...timer, endsAt: Math.max(timer.endsAt, now) + ms, durationMs: timer.durationMs + ms };
    case "paused":
      return { ...timer, remainingMs: timer.remainingMs + ms, durationMs: timer.durationMs + ms };
  }
}

export function isTimeUp(timer: TimerState, now: number): boolean {
  return timer.status === "running" && now >= timer.endsAt;
}

/** "4:05" for 245,000 ms, rounding up so "0:00" shows only when time is really up. */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** Reads a timer from untrusted data (the facilitation doc), falling back to idle. */
export function parseTimer(value: unknown): TimerState {
  if (typeof value !== "object" || value === null) return IDLE_TIMER;
  const record = value as Record<string, unknown>;
  const finite = (key: string) =>
    typeof record[key] === "number" && Number.isFinite(record[key]) ? (record[key] as number) : null;
  const duration = finite("durationMs") ?? 0;
  if (record.status === "running" && finite("endsAt") !== null)
    return { status: "running", endsAt: finite("endsAt")!, durationMs: duration };
  if (record.status === "paused" && finite("remainingMs") !== null)
    return { status: "paused", remainingMs: Math.max(0, finite("remainingMs")!), durationMs: duration };
  return IDLE_TIMER;
}
