import type * as Y from "yjs";

/**
 * Updates Yjs holds back because they build on changes it has not seen yet ("pending"). They are
 * not part of the doc: the doc's update event, and so the store, only sees them once their
 * history arrives. A legitimate client causes a little of this for a moment while it reconnects;
 * a hostile one could park megabytes there that Yjs re-merges on every later update.
 */

/** Bytes of pending structs and deletions. */
export function pendingBytes(doc: Y.Doc): number {
  const { pendingStructs, pendingDs } = doc.store;
  return (pendingStructs?.update.byteLength ?? 0) + (pendingDs?.byteLength ?? 0);
}

/** Forgets every pending update; clients that still have them re-send them when they resync. */
export function dropPending(doc: Y.Doc): void {
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
}

/** Runs `work` (synchronously) as if nothing were pending, e.g. to encode only what is stored. */
export function withoutPending<T>(doc: Y.Doc, work: () => T): T {
  const { pendingStructs, pendingDs } = doc.store;
  dropPending(doc);
  try {
    return work();
  } finally {
    doc.store.pendingStructs = pendingStructs;
    doc.store.pendingDs = pendingDs;
  }
}
