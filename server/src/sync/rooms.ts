import { FACILITATION_ROOT, facilitationRoom, parseSyncRoom, ROOT, SchemaTooNewError } from "@brownpaper/shared";
import type { Limits } from "../config";
import { errorMessage, type Logger } from "../logger";
import type { Metrics } from "../metrics";
import type { BoardBus, BusMessage } from "../scale/board-bus";
import type { BoardStore } from "../storage/board-store";
import { CLOSE, type Connection } from "./connection";
import { Room } from "./room";
import { BoardLocks } from "./board-locks";
import { ensureFacilitationDoc } from "./stored-doc";
import type { UpdateTrial } from "./update-trial";

export interface RoomsOptions {
  store: BoardStore;
  /** Other instances' changes to loaded rooms; LocalBus when this instance is alone. */
  bus: BoardBus;
  logger: Logger;
  metrics: Metrics;
  limits: Limits;
  trial: UpdateTrial;
  compactEvery: number;
  unloadDelayMs: number;
  /** How long a room that asks the other instances who is here may hold new presence ids. */
  presenceWaitMs: number;
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
  /** Reasons to stay loaded besides connections (a board room holding its facilitation room). */
  holds: number;
  /** Lets go of what this room holds (its facilitation room), once. */
  release: () => void;
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

  constructor(private readonly options: RoomsOptions) {
    options.bus.onResync(() => void this.catchUp());
  }

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

  /** Boards in memory, counting a board once however many of its rooms (board, facilitation) are loaded. */
  get loadedCount(): number {
    return new Set([...this.slots.keys()].map((roomId) => parseSyncRoom(roomId).boardId)).size;
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
    const slot = this.slotFor(boardId);
    if (slot.room) {
      slot.room.add(connection);
      return;
    }
    const waiting = slot.waiting;
    waiting.add(connection);
    connection.onClose(() => waiting.delete(connection));
  }

  /** The slot of a room that is loaded or loading (started now if neither), kept from unloading. */
  private slotFor(roomId: string): Slot {
    let slot = this.slots.get(roomId);
    if (!slot) {
      slot = { room: null, waiting: new Set(), unloadTimer: null, holds: 0, release: () => {} };
      this.slots.set(roomId, slot);
      this.load(roomId, slot);
    }
    if (slot.unloadTimer) {
      clearTimeout(slot.unloadTimer);
      slot.unloadTimer = null;
    }
    return slot;
  }

  /**
   * With other instances, a board room keeps its facilitation room loaded (and so subscribed):
   * a lock taken on another instance then reaches this board's write policy even when nobody
   * here has the facilitation room open.
   */
  private holdFacilitation(boardId: string): () => void {
    const slot = this.slotFor(facilitationRoom(boardId));
    slot.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      slot.holds--;
      if (slot.room && slot.room.size === 0 && slot.holds === 0) this.scheduleUnload(facilitationRoom(boardId), slot.room);
    };
  }

  /** After a bus outage, every loaded room takes in what other instances stored meanwhile. */
  private async catchUp(): Promise<void> {
    const { store, logger } = this.options;
    await Promise.all(
      [...this.slots].map(async ([roomId, slot]) => {
        const room = slot.room;
        if (!room) return;
        try {
          room.catchUp((await store.load(roomId)).updates);
          room.requestPresence();
        } catch (error) {
          logger.warn("board.catch_up_failed", { boardId: roomId, error: errorMessage(error) });
        }
      }),
    );
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
    const { store, bus, logger, metrics, limits, trial, compactEvery, presenceWaitMs } = this.options;
    const previous = this.draining.get(boardId) ?? Promise.resolve();
    const started = Date.now();
    const { boardId: ownerBoard, facilitation } = parseSyncRoom(boardId);
    if (bus.shared && !facilitation) slot.release = this.holdFacilitation(ownerBoard);
    // What other instances publish while the room loads waits here, then is applied on top of
    // what was loaded (Yjs ignores what it already has), so nothing falls between the two.
    let inbox: BusMessage[] = [];
    let loaded: Room | null = null;
    const deliver = (message: BusMessage): void => {
      if (loaded) loaded.applyRemote(message);
      else inbox.push(message);
    };
    previous
      .then(() => bus.subscribe(boardId, deliver))
      .then(() => (facilitation ? ensureFacilitationDoc(store, boardId) : this.locks.prime(ownerBoard, store)))
      .then(() =>
        Room.load({
          boardId,
          store,
          bus,
          logger,
          metrics,
          limits,
          presenceWaitMs,
          trial,
          roots: facilitation ? FACILITATION_ROOTS : BOARD_ROOTS,
          migrate: !facilitation,
          guardVoteSettings: !facilitation,
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
            this.drain(boardId, bus.unsubscribe(boardId));
            return;
          }
          for (const message of inbox) room.applyRemote(message);
          inbox = [];
          loaded = room;
          room.requestPresence();
          slot.room = room;
          if (facilitation) this.unfollow.set(boardId, this.locks.follow(ownerBoard, room.doc, () => this.resyncLockedOut(ownerBoard)));
          logger.info("board.loaded", { boardId, ms: Date.now() - started });
          for (const connection of slot.waiting) room.add(connection);
          slot.waiting.clear();
          if (room.size === 0 && slot.holds === 0) this.scheduleUnload(boardId, room);
        },
        (error: unknown) => {
          logger.error("board.load_failed", { boardId, error: errorMessage(error) });
          inbox = [];
          slot.release();
          this.drain(boardId, bus.unsubscribe(boardId));
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
      if (room.size === 0 && slot.holds === 0 && this.slots.get(boardId) === slot) this.unload(boardId, room);
    }, this.options.unloadDelayMs);
    slot.unloadTimer.unref();
  }

  /** Drops a room from memory once its pending updates are stored; a reload waits for that. */
  private unload(boardId: string, room: Room): void {
    const unfollow = this.unfollow.get(boardId);
    this.unfollow.delete(boardId);
    if (unfollow) {
      unfollow();
      // Another instance may change the lock while this one is not listening: read it afresh next time.
      if (this.options.bus.shared) this.locks.forget(parseSyncRoom(boardId).boardId);
    }
    const slot = this.slots.get(boardId);
    if (slot?.room === room) {
      if (slot.unloadTimer) clearTimeout(slot.unloadTimer);
      this.slots.delete(boardId);
      slot.release();
    }
    const drained = room
      .flush()
      .then(() => room.destroy())
      .then(() => this.options.bus.unsubscribe(boardId));
    this.drain(boardId, drained);
    void drained.then(() => this.options.logger.info("board.unloaded", { boardId }));
  }

  /** Work that must finish before the room loads again (storing, unsubscribing). */
  private drain(boardId: string, work: Promise<void>): void {
    const drained = Promise.all([this.draining.get(boardId), work]).then(() => {});
    this.draining.set(boardId, drained);
    void drained.then(() => {
      if (this.draining.get(boardId) === drained) this.draining.delete(boardId);
    });
  }
}
