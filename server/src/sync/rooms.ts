import { FACILITATION_ROOT, parseSyncRoom, ROOT, SchemaTooNewError } from "@brownpaper/shared";
import type { Limits } from "../config";
import { errorMessage, type Logger } from "../logger";
import type { Metrics } from "../metrics";
import type { BoardStore } from "../storage/board-store";
import { CLOSE, type Connection } from "./connection";
import { Room } from "./room";
import { BoardLocks } from "./board-locks";
import type { UpdateTrial } from "./update-trial";

export interface RoomsOptions {
  store: BoardStore;
  logger: Logger;
  metrics: Metrics;
  limits: Limits;
  trial: UpdateTrial;
  compactEvery: number;
  unloadDelayMs: number;
}

const BOARD_ROOTS: ReadonlySet<string> = new Set(Object.values(ROOT));
const FACILITATION_ROOTS: ReadonlySet<string> = new Set([FACILITATION_ROOT]);

/**
 * How long a board saved by a newer Brownpaper is refused from memory. y-websocket reconnects
 * after any close, so without this each retry of each client would load the whole board again
 * only to fail the same way; the answer cannot change until this server is upgraded (restarted).
 */
export const TOO_NEW_RETRY_MS = 60_000;
/** Refusals remembered at most; the oldest go first. */
const MAX_REMEMBERED_REFUSALS = 10_000;

/** A board in memory, or on its way there. */
interface Slot {
  room: Room | null;
  /** Connections that arrived while the board was loading. */
  waiting: Set<Connection>;
  unloadTimer: NodeJS.Timeout | null;
}

const SHUTDOWN_REASON = "going away";

/**
 * The boards in memory. A board is loaded once, however many clients arrive while it loads;
 * it stays while anyone is connected and a little after, then its doc is dropped. A board that
 * fails to load is forgotten, so the next client tries again from what is stored — except one
 * saved by a newer Brownpaper, which is refused (4426) from memory for TOO_NEW_RETRY_MS.
 */
export class Rooms {
  private readonly slots = new Map<string, Slot>();
  /** Rooms being unloaded, still storing their last updates: a reload waits for them. */
  private readonly draining = new Map<string, Promise<void>>();
  /** Boards refused for being too new, with the message and when to try loading again. */
  private readonly tooNew = new Map<string, { message: string; until: number }>();
  private shuttingDown = false;
  private readonly locks = new BoardLocks();
  /** Stops a loaded facilitation room's doc from driving its board's lock. */
  private readonly unfollow = new Map<string, () => void>();
  /**
   * Connections whose edits were refused while their board was locked. Their client's later
   * updates build on the refused ones, so the server could never apply them: on unlock they are
   * asked to reconnect and sync afresh.
   */
  private readonly lockedOut = new Map<string, Set<Connection>>();

  constructor(private readonly options: RoomsOptions) {}

  /**
   * Who may change a room's doc. A board: edit and facilitator links, but only the facilitator
   * while the board is locked. A board's facilitation doc (lock, walk, timer…): the facilitator
   * only — the server refuses the rest, not just the buttons.
   */
  private writePolicy(roomId: string) {
    const { boardId, facilitation } = parseSyncRoom(roomId);
    if (facilitation) return (connection: Connection) => connection.role === "facilitator";
    return (connection: Connection) => {
      if (!connection.canWrite) return false;
      if (connection.role === "facilitator" || !this.locks.isLocked(boardId)) return true;
      const refused = this.lockedOut.get(boardId) ?? new Set<Connection>();
      refused.add(connection);
      this.lockedOut.set(boardId, refused);
      return false;
    };
  }

  private resyncLockedOut(boardId: string): void {
    const refused = this.lockedOut.get(boardId);
    this.lockedOut.delete(boardId);
    for (const connection of refused ?? []) connection.close(CLOSE.resyncAfterLock, "board unlocked: sync again");
  }

  /** The loaded room of a board, if any. */
  peek(boardId: string): Room | undefined {
    return this.slots.get(boardId)?.room ?? undefined;
  }

  get loadedCount(): number {
    return this.slots.size;
  }

  join(connection: Connection): void {
    if (this.shuttingDown) {
      connection.close(CLOSE.goingAway, SHUTDOWN_REASON);
      return;
    }
    const { boardId } = connection;
    const refusal = this.tooNew.get(boardId);
    if (refusal && refusal.until > Date.now()) {
      connection.reject("board_too_new", CLOSE.boardTooNew, refusal.message);
      return;
    }
    this.tooNew.delete(boardId);
    let slot = this.slots.get(boardId);
    if (!slot) {
      slot = { room: null, waiting: new Set(), unloadTimer: null };
      this.slots.set(boardId, slot);
      this.load(boardId, slot);
    }
    if (slot.unloadTimer) {
      clearTimeout(slot.unloadTimer);
      slot.unloadTimer = null;
    }
    if (slot.room) {
      slot.room.add(connection);
      return;
    }
    const waiting = slot.waiting;
    waiting.add(connection);
    connection.onClose(() => waiting.delete(connection));
  }

  /** Stores what is pending, closes every connection with 1001 and drops every doc. */
  async closeAll(): Promise<void> {
    this.shuttingDown = true;
    const slots = [...this.slots.values()];
    this.slots.clear();
    await Promise.all(
      slots.map(async (slot) => {
        if (slot.unloadTimer) clearTimeout(slot.unloadTimer);
        for (const connection of slot.waiting) connection.close(CLOSE.goingAway, SHUTDOWN_REASON);
        if (!slot.room) return;
        await slot.room.flush();
        slot.room.closeAll(CLOSE.goingAway, SHUTDOWN_REASON);
        slot.room.destroy();
      }),
    );
    await Promise.all(this.draining.values());
  }

  private load(boardId: string, slot: Slot): void {
    const { store, logger, metrics, limits, trial, compactEvery } = this.options;
    const previous = this.draining.get(boardId) ?? Promise.resolve();
    const started = Date.now();
    const { boardId: ownerBoard, facilitation } = parseSyncRoom(boardId);
    previous
      .then(() => (facilitation ? undefined : this.locks.prime(ownerBoard, store)))
      .then(() =>
        Room.load({
          boardId,
          store,
          logger,
          metrics,
          limits,
          trial,
          roots: facilitation ? FACILITATION_ROOTS : BOARD_ROOTS,
          migrate: !facilitation,
          mayWrite: this.writePolicy(boardId),
          compactEvery,
          onEmpty: (room) => this.scheduleUnload(boardId, room),
          // After a failed append the room is dropped, so reconnecting clients resync from the store.
          onFailure: (room) => this.unload(boardId, room),
        }),
      )
      .then(
        (room) => {
          if (this.slots.get(boardId) !== slot) {
            room.destroy();
            return;
          }
          slot.room = room;
          if (facilitation) this.unfollow.set(boardId, this.locks.follow(ownerBoard, room.doc, () => this.resyncLockedOut(ownerBoard)));
          logger.info("board.loaded", { boardId, ms: Date.now() - started });
          for (const connection of slot.waiting) room.add(connection);
          slot.waiting.clear();
          if (room.size === 0) this.scheduleUnload(boardId, room);
        },
        (error: unknown) => {
          logger.error("board.load_failed", { boardId, error: errorMessage(error) });
          if (this.slots.get(boardId) === slot) this.slots.delete(boardId);
          if (error instanceof SchemaTooNewError) {
            this.rememberTooNew(boardId, error.message);
            for (const connection of slot.waiting) connection.reject("board_too_new", CLOSE.boardTooNew, error.message);
          } else {
            for (const connection of slot.waiting) connection.close(CLOSE.internalError, "board could not be loaded");
          }
          slot.waiting.clear();
        },
      );
  }

  private rememberTooNew(boardId: string, message: string): void {
    if (this.tooNew.size >= MAX_REMEMBERED_REFUSALS) {
      const oldest = this.tooNew.keys().next().value;
      if (oldest !== undefined) this.tooNew.delete(oldest);
    }
    this.tooNew.set(boardId, { message, until: Date.now() + TOO_NEW_RETRY_MS });
  }

  private scheduleUnload(boardId: string, room: Room): void {
    const slot = this.slots.get(boardId);
    if (!slot || slot.room !== room) return;
    if (slot.unloadTimer) clearTimeout(slot.unloadTimer);
    slot.unloadTimer = setTimeout(() => {
      slot.unloadTimer = null;
      if (room.size === 0 && this.slots.get(boardId) === slot) this.unload(boardId, room);
    }, this.options.unloadDelayMs);
    slot.unloadTimer.unref();
  }

  /** Drops a room from memory once its pending updates are stored; a reload waits for that. */
  private unload(boardId: string, room: Room): void {
    this.unfollow.get(boardId)?.();
    this.unfollow.delete(boardId);
    const slot = this.slots.get(boardId);
    if (slot?.room === room) {
      if (slot.unloadTimer) clearTimeout(slot.unloadTimer);
      this.slots.delete(boardId);
    }
    const drained = room.flush().then(() => room.destroy());
    this.draining.set(boardId, drained);
    void drained.then(() => {
      if (this.draining.get(boardId) === drained) this.draining.delete(boardId);
      this.options.logger.info("board.unloaded", { boardId });
    });
  }
}
