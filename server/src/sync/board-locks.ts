import * as Y from "yjs";
import { facilitationRoom, readFacilitation } from "@brownpaper/shared";
import type { BoardStore } from "../storage/board-store";
import { loadBoardDoc } from "./stored-doc";

/**
 * Which boards the facilitator has locked. The lock lives in the board's facilitation doc; this
 * keeps its current value per board so the board room can decide, for every incoming update,
 * whether a non-facilitator may write. It is primed from the store when a board loads and kept
 * current by the facilitation room as its doc changes.
 */
export class BoardLocks {
  private readonly locked = new Map<string, boolean>();

  isLocked(boardId: string): boolean {
    return this.locked.get(boardId) === true;
  }

  /** Follows a loaded facilitation doc; `onUnlock` runs when the lock is lifted. Returns how to stop. */
  follow(boardId: string, doc: Y.Doc, onUnlock: () => void = () => {}): () => void {
    const update = () => {
      const wasLocked = this.isLocked(boardId);
      const locked = readFacilitation(doc).locked;
      this.locked.set(boardId, locked);
      if (wasLocked && !locked) onUnlock();
    };
    update();
    doc.on("update", update);
    return () => doc.off("update", update);
  }

  /** Drops what is known of a board's lock, so the next `prime` reads the store. */
  forget(boardId: string): void {
    this.locked.delete(boardId);
  }

  /** Reads the lock from the store before a board serves anyone, unless it is already known. */
  async prime(boardId: string, store: BoardStore): Promise<void> {
    if (this.locked.has(boardId)) return;
    const roomId = facilitationRoom(boardId);
    if (!(await store.boardExists(roomId))) return;
    const loaded = await loadBoardDoc(store, roomId, { migrate: false });
    try {
      if (!this.locked.has(boardId)) this.locked.set(boardId, readFacilitation(loaded.doc).locked);
    } finally {
      loaded.doc.destroy();
    }
  }
}
