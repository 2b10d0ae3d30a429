import type * as Y from "yjs";
import { readBoard, type Board } from "@brownpaper/shared";

/** What features offer tests beyond the doc: things a person hears, and shortcuts no control offers. */
interface TestExtras {
  /** How often each signal was given, e.g. `{ beep: 1 }`: a test cannot hear the time's-up beep. */
  signals: () => Record<string, number>;
  /** Starts a timebox of any length (the controls offer whole minutes); facilitator links only. */
  startTimebox?: (durationMs: number) => void;
}

declare global {
  interface Window {
    /** A small handle for browser tests, as tldraw exposes its editor. */
    __brownpaper?: { doc: Y.Doc; board: () => Board } & Partial<TestExtras>;
  }
}

const signals: Record<string, number> = {};
const extras: Partial<TestExtras> = { signals: () => ({ ...signals }) };

/** Exposes the open board to tests; returns the cleanup. */
export function installTestApi(doc: Y.Doc): () => void {
  const api = { doc, board: () => readBoard(doc), ...extras };
  window.__brownpaper = api;
  return () => {
    if (window.__brownpaper === api) delete window.__brownpaper;
  };
}

/** Counts a signal given to the person (a sound, say) where tests can read it. */
export function countSignalForTests(name: string): void {
  signals[name] = (signals[name] ?? 0) + 1;
}

/** Offers tests a shortcut while a feature is on screen; offering `undefined` takes it back. */
export function offerToTests<K extends "startTimebox">(key: K, value: TestExtras[K]): void {
  if (value === undefined) delete extras[key];
  else extras[key] = value;
  if (!window.__brownpaper) return;
  if (value === undefined) delete window.__brownpaper[key];
  else window.__brownpaper[key] = value;
}
