import type * as Y from "yjs";
import { readBoard, type Board } from "@brownpaper/shared";

declare global {
  interface Window {
    /** A small handle for browser tests, as tldraw exposes its editor. */
    __brownpaper?: { doc: Y.Doc; board: () => Board };
  }
}

/** Exposes the open board to tests; returns the cleanup. */
export function installTestApi(doc: Y.Doc): () => void {
  const api = { doc, board: () => readBoard(doc) };
  window.__brownpaper = api;
  return () => {
    if (window.__brownpaper === api) delete window.__brownpaper;
  };
}
