import { describe, expect, it } from "vitest";
import type { WebsocketProvider } from "y-websocket";
import { watchConnection, type AccessCheck } from "./watch-connection";

/** Just what the watch uses of a y-websocket provider: its events, connect and disconnect. */
class FakeSocket {
  private readonly handlers = new Map<string, Set<(...args: unknown[]) => void>>();
  connected = true;
  on(name: string, handler: (...args: unknown[]) => void) {
    if (!this.handlers.has(name)) this.handlers.set(name, new Set());
    this.handlers.get(name)!.add(handler);
  }
  off(name: string, handler: (...args: unknown[]) => void) {
    this.handlers.get(name)?.delete(handler);
  }
  emit(name: string, ...args: unknown[]) {
    for (const handler of this.handlers.get(name) ?? []) handler(...args);
  }
  connect() {
    this.connected = true;
  }
  disconnect() {
    this.connected = false;
  }
  /** A handshake the server refused: the browser only sees an abnormal close. */
  failHandshake() {
    this.emit("connection-close", { code: 1006, reason: "" });
  }
  openAndClose(code: number, reason = "") {
    this.emit("status", { status: "connected" });
    this.emit("connection-close", { code, reason });
  }
  get provider() {
    return this as unknown as WebsocketProvider;
  }
}

function watched(access: AccessCheck = async () => 200) {
  const board = new FakeSocket();
  const facilitation = new FakeSocket();
  let changes = 0;
  const checks: string[] = [];
  const watch = watchConnection(
    "b_1",
    "v1.e.token",
    board.provider,
    facilitation.provider,
    () => changes++,
    async (boardId, token) => {
      checks.push(`${boardId} ${token}`);
      return access(boardId, token);
    },
  );
  return { board, facilitation, watch, checks, changes: () => changes };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe("the watch on a board's two sockets", () => {
  it("closes both sockets and says why when the server refuses the board for good", () => {
    const { board, facilitation, watch, changes } = watched();
    board.openAndClose(4426, "This board was saved by a newer Brownpaper");
    expect(watch.getTrouble().problem).toEqual({
      kind: "closed",
      code: 4426,
      reason: "This board was saved by a newer Brownpaper",
    });
    expect([board.connected, facilitation.connected]).toEqual([false, false]);
    expect(watch.mayReconnect()).toBe(false);
    expect(changes()).toBe(1);
  });

  it("finds a link the server stopped accepting by asking over HTTP after failed handshakes", async () => {
    const { board, facilitation, watch, checks } = watched(async () => 401);
    board.failHandshake();
    facilitation.failHandshake();
    await settle();
    expect(checks).toEqual([]);
    board.failHandshake();
    await settle();
    expect(checks).toEqual(["b_1 v1.e.token"]);
    expect(watch.getTrouble().problem).toEqual({ kind: "link-invalid" });
    expect([board.connected, facilitation.connected]).toEqual([false, false]);
  });

  it("keeps reconnecting, with the reason at hand, while the server is only away", async () => {
    const { board, watch, checks } = watched(async () => 0);
    board.openAndClose(1001, "going away");
    expect(watch.getTrouble()).toEqual({ problem: null, lastCloseCode: 1001 });
    for (let i = 0; i < 5; i++) board.failHandshake();
    await settle();
    // One check answered nothing; the next waits, so a server that is down is not asked on every retry.
    expect(checks).toHaveLength(1);
    expect(watch.getTrouble().problem).toBeNull();
    expect(board.connected).toBe(true);
    board.emit("sync", true);
    expect(watch.getTrouble()).toEqual({ problem: null, lastCloseCode: null });
  });

  it("tries again on request", () => {
    const { board, facilitation, watch } = watched();
    board.openAndClose(4426);
    watch.retry();
    expect(watch.getTrouble().problem).toBeNull();
    expect([board.connected, facilitation.connected]).toEqual([true, true]);
  });

  it("ignores closes made on this side", () => {
    const { board, watch, changes } = watched();
    board.emit("connection-close", null);
    expect(watch.getTrouble().lastCloseCode).toBeNull();
    expect(changes()).toBe(0);
  });
});
