import { isPermanentClose, isRefusalOfThisBrowser } from "./close-reasons";
import type { ConnectionProblem } from "./connection-problem";

/** What went wrong with one of a board's sockets since it was last in sync. */
export interface ConnectionWatch {
  /** Set once retrying cannot help; cleared only by an explicit retry. */
  problem: ConnectionProblem | null;
  /** The last close since the socket was in sync: the hint under "Reconnecting…". */
  lastCloseCode: number | null;
  /** Closes in a row, each soon after opening, refusing what this browser sent. */
  refusals: number;
  /** Attempts in a row that never opened: the server may be refusing the link at the handshake. */
  failedOpens: number;
}

export type WatchEvent =
  /** `openMs`: how long the socket was open, or null if it never opened. */
  | { type: "closed"; code: number; reason: string; openMs: number | null }
  | { type: "synced" }
  /** The answer of `GET /api/boards/:id/access` after failed handshakes (0: no answer). */
  | { type: "access"; status: number }
  | { type: "retry" };

export const CALM: ConnectionWatch = { problem: null, lastCloseCode: null, refusals: 0, failedOpens: 0 };

/** One refusal may be a glitch; the same answer three times in a row is not going to change. */
export const REFUSALS_BEFORE_GIVING_UP = 3;
/** A socket open this long did useful work: an earlier refusal no longer counts towards giving up. */
export const STABLE_MS = 30_000;
/** A browser cannot see why a handshake failed (the server answers 401 or 404 over HTTP), so the link is checked after this many. */
export const FAILED_OPENS_BEFORE_ACCESS_CHECK = 2;

function closed(state: ConnectionWatch, event: Extract<WatchEvent, { type: "closed" }>): ConnectionWatch {
  if (state.problem !== null) return state;
  if (isPermanentClose(event.code))
    return { ...state, lastCloseCode: event.code, problem: { kind: "closed", code: event.code, reason: event.reason } };
  // A refused message is sent again on every reconnect, and the sync before the refusal still
  // succeeds, so only a socket that stayed open a while shows the refusals are over.
  const earlier = event.openMs !== null && event.openMs >= STABLE_MS ? 0 : state.refusals;
  const refusals = isRefusalOfThisBrowser(event.code) ? earlier + 1 : 0;
  const failedOpens = event.openMs === null ? state.failedOpens + 1 : 0;
  const problem: ConnectionProblem | null =
    refusals >= REFUSALS_BEFORE_GIVING_UP ? { kind: "refused", code: event.code } : null;
  return { problem, lastCloseCode: event.code, refusals, failedOpens };
}

export function nextWatch(state: ConnectionWatch, event: WatchEvent): ConnectionWatch {
  switch (event.type) {
    case "retry":
      return CALM;
    case "synced":
      return state.lastCloseCode === null && state.failedOpens === 0
        ? state
        : { ...state, lastCloseCode: null, failedOpens: 0 };
    case "access":
      if (state.problem !== null) return state;
      if (event.status === 401 || event.status === 403) return { ...state, problem: { kind: "link-invalid" } };
      if (event.status === 404) return { ...state, problem: { kind: "board-missing" } };
      return state;
    case "closed":
      return closed(state, event);
  }
}

/** Time to ask the server over HTTP whether this link still opens the board. */
export function shouldCheckAccess(state: ConnectionWatch): boolean {
  return state.problem === null && state.failedOpens >= FAILED_OPENS_BEFORE_ACCESS_CHECK;
}
