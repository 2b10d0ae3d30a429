import { facilitationRoom, parseSyncRoom } from "@brownpaper/shared";
import type { Limits } from "../config";
import type { Logger } from "../logger";
import type { BoardBus } from "../scale/board-bus";
import type { Connection } from "./connection";
import type { Room } from "./room";

/** A board in memory, or on its way there. */
export interface Slot {
  room: Room | null;
  /** Connections that arrived while the board was loading. */
  waiting: Set<Connection>;
  unloadTimer: NodeJS.Timeout | null;
  /** Reasons to stay loaded besides connections (a board room holding its facilitation room). */
  holds: number;
  /** Lets go of what this room holds (its facilitation room), once. */
  release: () => void;
  /** When someone last joined or left (a counter, not a clock): the least recently used idle board is unloaded first. */
  lastUsed: number;
  /** Settles when the room has loaded (or failed to), for the server's own changes (`change`); set as loading starts. */
  ready: Promise<Room> | null;
}

export interface RoomSlotsOptions {
  bus: BoardBus;
  logger: Logger;
  limits: Limits;
  unloadDelayMs: number;
  /** Starts loading a room into the slot just made for it. */
  load: (roomId: string, slot: Slot) => Promise<Room>;
  /** A room leaves memory; called before its last updates are stored. */
  onUnload: (roomId: string) => void;
}

/**
 * Which rooms are in memory, keyed by room id, and when they leave it: a little after the last
 * connection, or earlier, least recently used first, when another board needs the room under
 * MAX_LOADED_BOARDS and MAX_LOADED_BYTES. A room being unloaded is drained (its last updates
 * stored, its bus subscription ended) before it may load again.
 */
export class RoomSlots {
  private readonly slots = new Map<string, Slot>();
  /** Rooms being unloaded, still storing their last updates: a reload waits for them. */
  private readonly draining = new Map<string, Promise<void>>();
  private useClock = 0;

  constructor(private readonly options: RoomSlotsOptions) {}

  get(roomId: string): Slot | undefined {
    return this.slots.get(roomId);
  }

  /** Every slot, as it stands now. */
  entries(): [string, Slot][] {
    return [...this.slots];
  }

  delete(roomId: string): void {
    this.slots.delete(roomId);
  }

  clear(): void {
    this.slots.clear();
  }

  /** Boards in memory, counting a board once however many of its rooms (board, facilitation) are loaded. */
  get loadedCount(): number {
    return new Set([...this.slots.keys()].map((roomId) => parseSyncRoom(roomId).boardId)).size;
  }

  /** Settles once what must finish before the room loads again (storing, unsubscribing) has. */
  drained(roomId: string): Promise<void> {
    return this.draining.get(roomId) ?? Promise.resolve();
  }

  /** Settles once every room being unloaded has been drained. */
  allDrained(): Promise<void[]> {
    return Promise.all(this.draining.values());
  }

  /** The slot of a room that is loaded or loading (started now if neither), kept from unloading. */
  slotFor(roomId: string): Slot {
    let slot = this.slots.get(roomId);
    if (!slot) {
      slot = {
        room: null,
        waiting: new Set(),
        unloadTimer: null,
        holds: 0,
        release: () => {},
        lastUsed: 0,
        ready: null,
      };
      this.slots.set(roomId, slot);
      slot.ready = this.options.load(roomId, slot);
      // Only `change` waits on it; a failed load is handled (and logged) in load.
      slot.ready.catch(() => {});
    }
    if (slot.unloadTimer) {
      clearTimeout(slot.unloadTimer);
      slot.unloadTimer = null;
    }
    slot.lastUsed = ++this.useClock;
    return slot;
  }

  /**
   * Whether a room may be served now. A board not in memory yet needs room under
   * MAX_LOADED_BOARDS and MAX_LOADED_BYTES; boards nobody is connected to are unloaded for it,
   * least recently used first. A board already in memory (or its other room) always may.
   */
  canLoad(roomId: string): boolean {
    if (this.slots.has(roomId)) return true;
    const { boardId } = parseSyncRoom(roomId);
    const { maxLoadedBoards, maxLoadedBytes } = this.options.limits;
    const boards = new Map<string, Slot[]>();
    for (const [id, slot] of this.slots) {
      const owner = parseSyncRoom(id).boardId;
      boards.set(owner, [...(boards.get(owner) ?? []), slot]);
    }
    if (boards.has(boardId)) return true;
    let bytes = 0;
    for (const slot of this.slots.values()) bytes += slot.room?.storedBytes ?? 0;
    const idle = [...boards]
      .filter(([, slots]) =>
        slots.every((slot) => slot.room !== null && slot.room.size === 0 && slot.waiting.size === 0),
      )
      .sort(([, a], [, b]) => lastUse(a) - lastUse(b));
    let count = boards.size;
    while (count >= maxLoadedBoards || bytes >= maxLoadedBytes) {
      const next = idle.shift();
      if (!next) return false;
      const [evicted, slots] = next;
      // The board room first: it holds its facilitation room, which is then free to go too.
      for (const slot of [...slots].sort((a, b) => a.holds - b.holds)) {
        bytes -= slot.room?.storedBytes ?? 0;
        const id = [...this.slots].find(([, candidate]) => candidate === slot)?.[0];
        if (id !== undefined && slot.room) this.unload(id, slot.room);
      }
      count--;
      this.options.logger.info("board.evicted", { boardId: evicted });
    }
    return true;
  }

  /**
   * With other instances, a board room keeps its facilitation room loaded (and so subscribed):
   * a lock taken on another instance then reaches this board's write policy even when nobody
   * here has the facilitation room open.
   */
  holdFacilitation(boardId: string): () => void {
    const slot = this.slotFor(facilitationRoom(boardId));
    slot.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      slot.holds--;
      if (slot.room && slot.room.size === 0 && slot.holds === 0)
        this.scheduleUnload(facilitationRoom(boardId), slot.room);
    };
  }

  scheduleUnload(roomId: string, room: Room): void {
    const slot = this.slots.get(roomId);
    if (!slot || slot.room !== room) return;
    slot.lastUsed = ++this.useClock;
    if (slot.unloadTimer) clearTimeout(slot.unloadTimer);
    slot.unloadTimer = setTimeout(() => {
      slot.unloadTimer = null;
      if (room.size === 0 && slot.holds === 0 && this.slots.get(roomId) === slot) this.unload(roomId, room);
    }, this.options.unloadDelayMs);
    slot.unloadTimer.unref();
  }

  /** Drops a room from memory once its pending updates are stored; a reload waits for that. */
  unload(roomId: string, room: Room): void {
    this.options.onUnload(roomId);
    const slot = this.slots.get(roomId);
    if (slot?.room === room) {
      if (slot.unloadTimer) clearTimeout(slot.unloadTimer);
      this.slots.delete(roomId);
      slot.release();
    }
    const drained = room
      .flush()
      .then(() => room.destroy())
      .then(() => this.options.bus.unsubscribe(roomId));
    this.drain(roomId, drained);
    void drained.then(() => this.options.logger.info("board.unloaded", { boardId: roomId }));
  }

  /** Work that must finish before the room loads again (storing, unsubscribing). */
  drain(roomId: string, work: Promise<void>): void {
    const drained = Promise.all([this.draining.get(roomId), work]).then(() => {});
    this.draining.set(roomId, drained);
    void drained.then(() => {
      if (this.draining.get(roomId) === drained) this.draining.delete(roomId);
    });
  }
}

function lastUse(slots: readonly Slot[]): number {
  return Math.max(...slots.map((slot) => slot.lastUsed));
}
