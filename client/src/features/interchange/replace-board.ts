import type * as Y from "yjs";
import { importBoard, LOCAL_ORIGIN, type BoardFile } from "@brownpaper/shared";

/**
 * Puts a validated board file (an import or a snapshot) in place of the board's content: one
 * transaction with the local origin, so it is one undo step for whoever did it and reaches
 * everyone else as one update.
 */
export function replaceBoard(doc: Y.Doc, file: BoardFile): void {
  importBoard(doc, file, LOCAL_ORIGIN);
}
