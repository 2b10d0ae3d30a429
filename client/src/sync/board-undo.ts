import * as Y from "yjs";
import { boardMaps, LOCAL_ORIGIN } from "@brownpaper/shared";
import { createListeners } from "../lib/listeners";

/**
 * The user's own history. Only transactions with `LOCAL_ORIGIN` (every shared command) are
 * tracked, so changes that arrive from others never enter it and undo never takes them back;
 * Yjs undoes field by field, so a remote edit to another field of the same step survives.
 */
export interface BoardUndo {
  undo: () => void;
  redo: () => void;
  subscribe: (listener: () => void) => () => void;
  getState: () => UndoState;
  destroy: () => void;
}

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
}

/** Commands within this many ms (a step added, then its label typed at once) undo together. */
const CAPTURE_MS = 300;

export function createBoardUndo(doc: Y.Doc): BoardUndo {
  const manager = new Y.UndoManager(Object.values(boardMaps(doc)), {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: CAPTURE_MS,
  });
  const listeners = createListeners();
  let state: UndoState = { canUndo: false, canRedo: false };
  const refresh = () => {
    const next = { canUndo: manager.canUndo(), canRedo: manager.canRedo() };
    if (next.canUndo === state.canUndo && next.canRedo === state.canRedo) return;
    state = next;
    listeners.notify();
  };
  for (const event of ["stack-item-added", "stack-item-popped", "stack-cleared"] as const) manager.on(event, refresh);

  return {
    undo: () => void manager.undo(),
    redo: () => void manager.redo(),
    subscribe: listeners.subscribe,
    getState: () => state,
    destroy() {
      listeners.clear();
      manager.destroy();
    },
  };
}
