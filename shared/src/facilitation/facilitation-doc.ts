import * as Y from "yjs";
import { parseTimer, type TimerState } from "./timer";

/**
 * What the facilitator runs: the lock, the process walk, the timer, "bring everyone" and
 * silent-writing rounds. It lives in its own small Y.Doc beside the board (room
 * `facilitationRoom(boardId)`) that only facilitator links may write — the server drops any
 * other connection's updates to it, exactly as it drops a view link's updates to the board.
 */
export const FACILITATION_ROOT = "session";
export const FACILITATION_ORIGIN: unique symbol = Symbol("brownpaper:facilitation");

const ROOM_SUFFIX = ".facilitation";

/** The sync room of a board's facilitation doc. */
export function facilitationRoom(boardId: string): string {
  return `${boardId}${ROOM_SUFFIX}`;
}

/** Splits a sync room name into the board and whether it is the facilitation doc. */
export function parseSyncRoom(room: string): { boardId: string; facilitation: boolean } {
  return room.endsWith(ROOM_SUFFIX)
    ? { boardId: room.slice(0, -ROOM_SUFFIX.length), facilitation: true }
    : { boardId: room, facilitation: false };
}

export interface WalkState {
  active: boolean;
  stepId: string | null;
  /** Steps already walked, in the order they were visited. */
  visited: string[];
}

export interface SummonState {
  active: boolean;
  /** The awareness client id of the facilitator everyone follows. */
  clientId: number | null;
  /**
   * The facilitator's tab presence id, published in their awareness beside the client id. A
   * reload gives the tab a new client id but keeps this one, so followers find them again and
   * the summon outlives it. Null when the summon was made without one.
   */
  presenceId: string | null;
}

export interface SilentRound {
  /** Changes with every round so drafts of an earlier round are never published into a new one. */
  id: string | null;
  status: "idle" | "writing" | "revealed";
  anonymous: boolean;
}

export interface Facilitation {
  locked: boolean;
  walk: WalkState;
  timer: TimerState;
  summon: SummonState;
  silentRound: SilentRound;
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** Reads the facilitation doc; anything malformed reads as "nothing going on". */
export function readFacilitation(doc: Y.Doc): Facilitation {
  const session = doc.getMap<unknown>(FACILITATION_ROOT);
  const walk = record(session.get("walk"));
  const summon = record(session.get("summon"));
  const round = record(session.get("silentRound"));
  return {
    locked: session.get("locked") === true,
    walk: {
      active: walk.active === true,
      stepId: typeof walk.stepId === "string" ? walk.stepId : null,
      visited: Array.isArray(walk.visited) ? walk.visited.filter((id): id is string => typeof id === "string") : [],
    },
    timer: parseTimer(session.get("timer")),
    summon: {
      active: summon.active === true,
      clientId: typeof summon.clientId === "number" && Number.isInteger(summon.clientId) ? summon.clientId : null,
      presenceId: typeof summon.presenceId === "string" && summon.presenceId !== "" ? summon.presenceId : null,
    },
    silentRound: {
      id: typeof round.id === "string" ? round.id : null,
      status: round.status === "writing" || round.status === "revealed" ? round.status : "idle",
      anonymous: round.anonymous === true,
    },
  };
}

function set(doc: Y.Doc, key: string, value: unknown): void {
  doc.transact(() => doc.getMap<unknown>(FACILITATION_ROOT).set(key, value), FACILITATION_ORIGIN);
}

export function setLocked(doc: Y.Doc, locked: boolean): void {
  set(doc, "locked", locked);
}

/** Starts (or moves) the walk at a step; the walk remembers every step visited so far. */
export function walkTo(doc: Y.Doc, stepId: string): void {
  const current = readFacilitation(doc).walk;
  const visited = current.active ? current.visited.filter((id) => id !== stepId) : [];
  set(doc, "walk", { active: true, stepId, visited: [...visited, stepId] });
}

export function endWalk(doc: Y.Doc): void {
  set(doc, "walk", { active: false, stepId: null, visited: [] });
}

export function setTimer(doc: Y.Doc, timer: TimerState): void {
  set(doc, "timer", { ...timer });
}

/**
 * Everyone follows the facilitator with this awareness client id — or, when given, with this
 * tab presence id, whatever their client id becomes; `null` releases them.
 */
export function setSummon(doc: Y.Doc, clientId: number | null, presenceId?: string): void {
  set(doc, "summon", {
    active: clientId !== null,
    clientId,
    presenceId: clientId === null ? null : (presenceId ?? null),
  });
}

export function startSilentRound(doc: Y.Doc, id: string, anonymous: boolean): void {
  set(doc, "silentRound", { id, status: "writing", anonymous });
}

export function revealSilentRound(doc: Y.Doc): void {
  const round = readFacilitation(doc).silentRound;
  if (round.status === "writing") set(doc, "silentRound", { ...round, status: "revealed" });
}

export function endSilentRound(doc: Y.Doc): void {
  set(doc, "silentRound", { id: null, status: "idle", anonymous: false });
}
