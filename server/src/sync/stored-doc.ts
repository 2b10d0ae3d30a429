import * as Y from "yjs";
import { migrateDoc } from "@brownpaper/shared";
import { BoardExistsError, type BoardStore } from "../storage/board-store";

/** A stored update that Yjs cannot read: the board is refused rather than half-loaded. */
export class CorruptBoardError extends Error {
  override name = "CorruptBoardError";
}

export interface LoadedBoard {
  doc: Y.Doc;
  /** The highest stored seq the doc contains. */
  lastSeq: number;
  /** How many rows the board's log holds. */
  storedRows: number;
  /** How many bytes those rows hold. */
  storedBytes: number;
  /** What the migrations changed, to be stored before anyone sees it; null when nothing. */
  migrationUpdate: Uint8Array | null;
}

/**
 * Rebuilds a board's doc from every stored update, then brings it to the current schema.
 * Writes nothing: the caller decides whether to store the migration. Throws (and leaves no
 * doc behind) on a store error, a corrupt update or a board saved by a newer Brownpaper.
 */
export async function loadBoardDoc(
  store: BoardStore,
  boardId: string,
  options: { migrate?: boolean } = {},
): Promise<LoadedBoard> {
  const stored = await store.load(boardId);
  const doc = new Y.Doc();
  try {
    for (const [index, update] of stored.updates.entries()) {
      try {
        Y.applyUpdate(doc, update);
      } catch (error) {
        throw new CorruptBoardError(
          `Stored update ${index + 1} of ${stored.updates.length} of board "${boardId}" is unreadable: ${(error as Error).message}`,
        );
      }
    }
    const changes: Uint8Array[] = [];
    const capture = (update: Uint8Array): void => {
      changes.push(update);
    };
    doc.on("update", capture);
    try {
      // Board docs follow the board schema; a facilitation doc has none of its own.
      if (options.migrate !== false) migrateDoc(doc);
    } finally {
      doc.off("update", capture);
    }
    return {
      doc,
      lastSeq: stored.lastSeq,
      storedRows: stored.updates.length,
      storedBytes: stored.updates.reduce((sum, update) => sum + update.byteLength, 0),
      migrationUpdate: changes.length === 0 ? null : Y.mergeUpdates(changes),
    };
  } catch (error) {
    doc.destroy();
    throw error;
  }
}

/** A board's facilitation doc is stored like a board, created empty the first time anyone needs it. */
export async function ensureFacilitationDoc(store: BoardStore, roomId: string): Promise<void> {
  if (await store.boardExists(roomId)) return;
  try {
    await store.createBoard(roomId, Y.encodeStateAsUpdate(new Y.Doc()));
  } catch (error) {
    if (!(error instanceof BoardExistsError)) throw error;
  }
}
