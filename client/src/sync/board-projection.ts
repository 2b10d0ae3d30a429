import type * as Y from "yjs";
import { boardMaps, readBoard, type Board } from "@brownpaper/shared";
import { createListeners } from "../lib/listeners";

/**
 * The read-only side of the doc: Yjs observers mark the snapshot stale, and the next read
 * rebuilds it with `readBoard`. Shaped for `useSyncExternalStore`: the same snapshot object
 * comes back until the doc changes.
 */
export interface BoardProjection {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => Board;
  destroy: () => void;
}

export function createBoardProjection(doc: Y.Doc): BoardProjection {
  const listeners = createListeners();
  const roots = Object.values(boardMaps(doc));
  let snapshot = readBoard(doc);
  let stale = false;

  const onChange = () => {
    stale = true;
    listeners.notify();
  };
  for (const root of roots) root.observeDeep(onChange);

  return {
    subscribe: listeners.subscribe,
    getSnapshot() {
      if (stale) {
        snapshot = readBoard(doc);
        stale = false;
      }
      return snapshot;
    },
    destroy() {
      for (const root of roots) root.unobserveDeep(onChange);
      listeners.clear();
    },
  };
}
