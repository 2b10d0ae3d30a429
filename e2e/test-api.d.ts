/**
 * The part of the client's `window.__brownpaper` test API these tests read (see
 * client/src/sync/test-api.ts): a board snapshot as `readBoard` returns it, the signals
 * counted for tests and the shortcuts features offer.
 */
interface TestBoard {
  lanes: Array<{ id: string; name: string; kind: string; height: number }>;
  steps: Array<{ id: string; laneId: string; label: string; kind: string; x: number; y: number }>;
  flows: Array<{ id: string; from: string; to: string; label: string }>;
  notes: Array<{ id: string; text: string; author: string }>;
  meta: { title: string };
}

interface Window {
  __brownpaper?: {
    board: () => TestBoard;
    doc: { getMap: (name: string) => { set: (key: string, value: unknown) => void } };
    /** How often each signal a person hears was given, e.g. `{ beep: 1, "beep-played": 1 }`. */
    signals?: () => Record<string, number>;
    /** On facilitator links: starts a timebox of any length. */
    startTimebox?: (durationMs: number) => void;
  };
}
