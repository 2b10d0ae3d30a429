import { parseSyncRoom } from "@brownpaper/shared";
import type * as Y from "yjs";
import type { BoardStore } from "../storage/board-store";
import { BoardLocks } from "./board-locks";
import { CLOSE, type Connection } from "./connection";

/**
 * Who may change a room's doc, kept apart from the rooms' loading and unloading. A board: edit
 * and facilitator links, but only the facilitator while the board is locked. A board's
 * facilitation doc (lock, walk, timer…): the facilitator only — the server refuses the rest,
 * not just the buttons.
 */
export class RoomWritePolicy {
  private readonly locks = new BoardLocks();
  /** Stops a loaded facilitation room's doc from driving its board's lock, by room id. */
  private readonly unfollow = new Map<string, () => void>();
  /**
   * Connections whose edits were refused while their board was locked, by board id. Their
   * client's later updates build on the refused ones, so the server could never apply them: on
   * unlock they are asked to reconnect and sync afresh.
   */
  private readonly lockedOut = new Map<string, Set<Connection>>();

  mayWrite(roomId: string): (connection: Connection) => boolean {
    const { boardId, facilitation } = parseSyncRoom(roomId);
    if (facilitation) return (connection) => connection.role === "facilitator";
    return (connection) => {
      if (!connection.canWrite) return false;
      if (connection.role === "facilitator" || !this.locks.isLocked(boardId)) return true;
      const refused = this.lockedOut.get(boardId) ?? new Set<Connection>();
      refused.add(connection);
      this.lockedOut.set(boardId, refused);
      return false;
    };
  }

  /** Whether the facilitator has locked the board (known once its room has loaded). */
  isLocked(boardId: string): boolean {
    return this.locks.isLocked(boardId);
  }

  /** Reads a board's lock from the store before its board room is loaded. */
  prime(boardId: string, store: BoardStore): Promise<void> {
    return this.locks.prime(boardId, store);
  }

  /** A loaded facilitation room's doc drives its board's lock from now on. */
  follow(facilitationRoomId: string, doc: Y.Doc): void {
    const { boardId } = parseSyncRoom(facilitationRoomId);
    this.unfollow.set(
      facilitationRoomId,
      this.locks.follow(boardId, doc, () => this.resyncLockedOut(boardId)),
    );
  }

  /**
   * An unloaded room stops driving the lock. With other instances the lock may change while this
   * one is not listening (`forget`), so it is read afresh next time.
   */
  stopFollowing(roomId: string, forget: boolean): void {
    const unfollow = this.unfollow.get(roomId);
    if (!unfollow) return;
    this.unfollow.delete(roomId);
    unfollow();
    if (forget) this.locks.forget(parseSyncRoom(roomId).boardId);
  }

  private resyncLockedOut(boardId: string): void {
    const refused = this.lockedOut.get(boardId);
    this.lockedOut.delete(boardId);
    for (const connection of refused ?? []) connection.close(CLOSE.resyncAfterLock, "board unlocked: sync again");
  }
}
