import {
  canEdit,
  DOCUMENT_ROOTS,
  FACILITATION_ROOT,
  parseSyncRoom,
  SchemaTooNewError,
  type AccessRole,
} from "@brownpaper/shared";
import type * as Y from "yjs";
import type { Limits } from "../config";
import { errorMessage, type Logger } from "../logger";
import type { Metrics } from "../metrics";
import type { BoardBus, BusMessage } from "../scale/board-bus";
import type { BoardStore } from "../storage/board-store";
import { CLOSE, type Connection } from "./connection";
import { Room } from "./room";
import { RoomSlots, type Slot } from "./room-slots";
import { RoomWritePolicy } from "./room-write-policy";
import { ensureFacilitationDoc } from "./stored-doc";
import { TooNewRefusals } from "./too-new-refusals";
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

/** A board room takes updates to its document-scope roots only. */
const BOARD_ROOTS: ReadonlySet<string> = new Set(DOCUMENT_ROOTS);
const FACILITATION_ROOTS: ReadonlySet<string> = new Set([FACILITATION_ROOT]);

const SHUTDOWN_REASON = "going away";
const BUSY_REASON = "too many boards open on this server; try again later";

/**
 * The boards in memory. A board is loaded once, however many clients arrive while it loads;
 * it stays while anyone is connected and a little after, then its doc is dropped. A board that
 * fails to load is forgotten, so the next client tries again from what is stored — except one
 * saved by a newer Brownpaper, which is refused (4426) from memory for TOO_NEW_RETRY_MS.
 * Slots are keyed by room id: a board's own room is its board id, its facilitation room
 * `<board id>.facilitation` (see parseSyncRoom).
 */
export class Rooms {
  private readonly slots: RoomSlots;
  private readonly tooNew = new TooNewRefusals();
  private shuttingDown = false;
  private readonly writes = new RoomWritePolicy();

  constructor(private readonly options: RoomsOptions) {
    this.slots = new RoomSlots({
      bus: options.bus,
      logger: options.logger,
      limits: options.limits,
      unloadDelayMs: options.unloadDelayMs,
      load: (roomId, slot) => this.load(roomId, slot),
      onUnload: (roomId) => this.writes.stopFollowing(roomId, options.bus.shared),
    });
    options.bus.onResync(() => void this.catchUp());
  }

  /** The loaded room of a board, if any. */
  peek(boardId: string): Room | undefined {
    return this.slots.get(boardId)?.room ?? undefined;
  }

  /** Boards in memory, counting a board once however many of its rooms (board, facilitation) are loaded. */
  get loadedCount(): number {
    return this.slots.loadedCount;
  }

  join(connection: Connection): void {
    if (this.shuttingDown) {
      connection.close(CLOSE.goingAway, SHUTDOWN_REASON);
      return;
    }
    // A connection's boardId names the room it asked for (a board or its facilitation room).
    const roomId = connection.boardId;
    const refusal = this.tooNew.standing(roomId);
    if (refusal !== null) {
      connection.reject("board_too_new", CLOSE.boardTooNew, refusal);
      return;
    }
    if (!this.slots.canLoad(roomId)) {
      connection.reject("boards_in_memory", CLOSE.tryAgainLater, BUSY_REASON);
      return;
    }
    const slot = this.slots.slotFor(roomId);
    if (slot.room) {
      slot.room.add(connection);
      return;
    }
    const waiting = slot.waiting;
    waiting.add(connection);
    connection.onClose(() => waiting.delete(connection));
  }

  /** After a bus outage, every loaded room takes in what other instances stored meanwhile. */
  private async catchUp(): Promise<void> {
    const { store, logger } = this.options;
    await Promise.all(
      this.slots.entries().map(async ([roomId, slot]) => {
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

  /**
   * Stores what is pending, closes every connection with 1001 and drops every doc. Storing may
   * take at most SHUTDOWN_FLUSH_TIMEOUT_MS (a stalled database must not keep the process up);
   * what is still unstored then is logged and dropped. None of it was ever delivered or
   * acknowledged, so the clients that sent it still hold it and send it again on reconnect.
   */
  async closeAll(): Promise<void> {
    this.shuttingDown = true;
    const slots = this.slots.entries();
    this.slots.clear();
    const flushed = Promise.all(
      slots.map(async ([, slot]) => {
        if (slot.unloadTimer) clearTimeout(slot.unloadTimer);
        for (const connection of slot.waiting) connection.close(CLOSE.goingAway, SHUTDOWN_REASON);
        if (!slot.room) return;
        await slot.room.flush();
        slot.room.closeAll(CLOSE.goingAway, SHUTDOWN_REASON);
      }),
    ).then(() => this.slots.allDrained());
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<"late">((resolve) => {
      timer = setTimeout(() => resolve("late"), this.options.limits.shutdownFlushTimeoutMs);
    });
    const outcome = await Promise.race([flushed.then(() => "stored" as const), late]);
    clearTimeout(timer);
    if (outcome === "late") {
      const unstored = slots
        .filter(([, slot]) => slot.room !== null && slot.room.unstoredBytes > 0)
        .map(([roomId, slot]) => ({ boardId: roomId, bytes: slot.room!.unstoredBytes }));
      this.options.logger.error("shutdown.unflushed", {
        boards: unstored.map(({ boardId, bytes }) => `${boardId}:${bytes}`).join(" "),
        bytes: unstored.reduce((sum, { bytes }) => sum + bytes, 0),
      });
    }
    for (const [, slot] of slots) {
      slot.room?.closeAll(CLOSE.goingAway, SHUTDOWN_REASON);
      slot.room?.destroy();
    }
  }

  /**
   * Runs `change` on a board's doc as the server does its own edits (a review round's results):
   * the board is loaded if it is not, and what `change` does is stored, published to the other
   * instances and relayed to every client like any edit. Resolves with what `change` answered
   * once that is stored; `change` may also only read.
   */
  async change<T>(boardId: string, change: (doc: Y.Doc) => T): Promise<T> {
    if (this.shuttingDown || !this.slots.canLoad(boardId)) throw new RoomsBusyError(BUSY_REASON);
    const slot = this.slots.slotFor(boardId);
    slot.holds++;
    try {
      const room = await (slot.ready ?? Promise.reject(new RoomsBusyError(BUSY_REASON)));
      const answer = change(room.doc);
      await room.flush();
      return answer;
    } finally {
      slot.holds--;
      if (slot.room && slot.room.size === 0 && slot.holds === 0) this.slots.scheduleUnload(boardId, slot.room);
    }
  }

  /** Whether a link of `role` may change a loaded board now: while it is locked, only the facilitator's. */
  mayChange(boardId: string, role: AccessRole): boolean {
    return canEdit(role) && (role === "facilitator" || !this.writes.isLocked(boardId));
  }

  private load(roomId: string, slot: Slot): Promise<Room> {
    const { store, bus, logger, metrics, limits, trial, compactEvery, presenceWaitMs } = this.options;
    const previous = this.slots.drained(roomId);
    const started = Date.now();
    const { boardId, facilitation } = parseSyncRoom(roomId);
    if (bus.shared && !facilitation) slot.release = this.slots.holdFacilitation(boardId);
    // What other instances publish while the room loads waits here, then is applied on top of
    // what was loaded (Yjs ignores what it already has), so nothing falls between the two.
    let inbox: BusMessage[] = [];
    let loaded: Room | null = null;
    const deliver = (message: BusMessage): void => {
      if (loaded) loaded.applyRemote(message);
      else inbox.push(message);
    };
    return previous
      .then(() => bus.subscribe(roomId, deliver))
      .then(() => (facilitation ? ensureFacilitationDoc(store, roomId) : this.writes.prime(boardId, store)))
      .then(() =>
        Room.load({
          boardId: roomId,
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
          mayWrite: this.writes.mayWrite(roomId),
          compactEvery,
          onEmpty: (room) => this.slots.scheduleUnload(roomId, room),
          // After a failed append the room is dropped, so reconnecting clients resync from the store.
          onFailure: (room) => this.slots.unload(roomId, room),
        }),
      )
      .then(
        (room) => {
          if (this.slots.get(roomId) !== slot) {
            room.destroy();
            this.slots.drain(roomId, bus.unsubscribe(roomId));
            throw new RoomsBusyError("the board was unloaded while it loaded");
          }
          for (const message of inbox) room.applyRemote(message);
          inbox = [];
          loaded = room;
          room.requestPresence();
          slot.room = room;
          if (facilitation) this.writes.follow(roomId, room.doc);
          logger.info("board.loaded", { boardId: roomId, ms: Date.now() - started });
          for (const connection of slot.waiting) room.add(connection);
          slot.waiting.clear();
          if (room.size === 0 && slot.holds === 0) this.slots.scheduleUnload(roomId, room);
          return room;
        },
        (error: unknown) => {
          logger.error("board.load_failed", { boardId: roomId, error: errorMessage(error) });
          inbox = [];
          slot.release();
          this.slots.drain(roomId, bus.unsubscribe(roomId));
          if (this.slots.get(roomId) === slot) this.slots.delete(roomId);
          if (error instanceof SchemaTooNewError) {
            this.tooNew.remember(roomId, error.message);
            for (const connection of slot.waiting) connection.reject("board_too_new", CLOSE.boardTooNew, error.message);
          } else {
            for (const connection of slot.waiting) connection.close(CLOSE.internalError, "board could not be loaded");
          }
          slot.waiting.clear();
          throw error;
        },
      );
  }
}

/** A server-side change found no room for the board (MAX_LOADED_BOARDS, shutting down). */
export class RoomsBusyError extends Error {
  override name = "RoomsBusyError";
}
