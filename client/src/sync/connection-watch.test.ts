import { describe, expect, it } from "vitest";
import {
  CALM,
  nextWatch,
  shouldCheckAccess,
  STABLE_MS,
  type ConnectionWatch,
  type WatchEvent,
} from "./connection-watch";

function replay(events: WatchEvent[], from: ConnectionWatch = CALM): ConnectionWatch {
  return events.reduce(nextWatch, from);
}

const closedSoon = (code: number): WatchEvent => ({ type: "closed", code, reason: "", openMs: 200 });
const handshakeFailed: WatchEvent = { type: "closed", code: 1006, reason: "", openMs: null };

describe("watching a board's socket for closes retrying cannot fix", () => {
  it("stops at once on a code in y-websocket's permanent range", () => {
    const state = replay([
      { type: "closed", code: 4426, reason: "This board was saved by a newer Brownpaper", openMs: 50 },
    ]);
    expect(state.problem).toEqual({ kind: "closed", code: 4426, reason: "This board was saved by a newer Brownpaper" });
  });

  it("keeps retrying through a restart, a busy board, a rate limit and the resync after a lock", () => {
    const state = replay([closedSoon(1001), handshakeFailed, closedSoon(1013), closedSoon(1008), closedSoon(4509)]);
    expect(state.problem).toBeNull();
    expect(state.lastCloseCode).toBe(4509);
  });

  it("gives up when the server refuses this browser's changes three times in a row, though each sync before succeeded", () => {
    const twice = replay([closedSoon(1009), { type: "synced" }, closedSoon(1009), { type: "synced" }]);
    expect(twice.problem).toBeNull();
    expect(nextWatch(twice, closedSoon(1009)).problem).toEqual({ kind: "refused", code: 1009 });
  });

  it("does not count a refusal from long ago once a socket has stayed open", () => {
    const state = replay([
      closedSoon(1007),
      closedSoon(1007),
      { type: "closed", code: 1007, reason: "", openMs: STABLE_MS + 1 },
    ]);
    expect(state.problem).toBeNull();
    expect(state.refusals).toBe(1);
  });

  it("asks over HTTP after two handshakes in a row fail, and not before", () => {
    expect(shouldCheckAccess(replay([handshakeFailed]))).toBe(false);
    expect(shouldCheckAccess(replay([handshakeFailed, handshakeFailed]))).toBe(true);
    expect(shouldCheckAccess(replay([handshakeFailed, closedSoon(1001), handshakeFailed]))).toBe(false);
    expect(shouldCheckAccess(replay([handshakeFailed, handshakeFailed, { type: "synced" }]))).toBe(false);
  });

  it("learns from the access check that the link or the board is gone, and nothing from a server that is down", () => {
    const failing = replay([handshakeFailed, handshakeFailed]);
    expect(nextWatch(failing, { type: "access", status: 401 }).problem).toEqual({ kind: "link-invalid" });
    expect(nextWatch(failing, { type: "access", status: 404 }).problem).toEqual({ kind: "board-missing" });
    expect(nextWatch(failing, { type: "access", status: 0 }).problem).toBeNull();
    expect(nextWatch(failing, { type: "access", status: 503 }).problem).toBeNull();
    expect(nextWatch(failing, { type: "access", status: 200 }).problem).toBeNull();
  });

  it("keeps a problem until the person asks to try again", () => {
    const stopped = replay([
      { type: "closed", code: 4426, reason: "", openMs: 10 },
      closedSoon(1001),
      { type: "synced" },
    ]);
    expect(stopped.problem).toMatchObject({ code: 4426 });
    expect(nextWatch(stopped, { type: "retry" })).toBe(CALM);
  });
});
