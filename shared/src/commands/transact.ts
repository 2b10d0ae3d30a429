import type * as Y from "yjs";
import { LOCAL_ORIGIN, type Origin } from "../doc/origin";
import { boardMaps, type BoardMaps } from "../doc/layout";

/** Runs one command as one Yjs transaction, so it syncs and undoes as a unit. */
export function transact<T>(doc: Y.Doc, origin: Origin | undefined, run: (maps: BoardMaps) => T): T {
  let result!: T;
  doc.transact(() => {
    result = run(boardMaps(doc));
  }, origin ?? LOCAL_ORIGIN);
  return result;
}
