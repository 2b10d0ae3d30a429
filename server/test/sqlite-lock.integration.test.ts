import Database from "better-sqlite3";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addLane, ROOT } from "@brownpaper/shared";
import { SQLITE_FILE } from "../src/storage/sqlite-store";
import { syncFrame } from "./crafted-messages";
import { closed, opened, SyncClients } from "./sync-clients";
import { SCALE_OUT, TestServer } from "./test-server";
import { settle, waitFor } from "./wait";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

describe.skipIf(SCALE_OUT)("SQLite locked by another connection", () => {
  it("the server keeps answering while a board's write waits for the lock, and the write lands once it is released", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const editor = await clients.connectSynced(server, board.id, board.editToken);
    const observer = await clients.connectSynced(server, board.id, board.viewToken);
    const closes: number[] = [];
    editor.provider.on("connection-close", (event) => {
      if (event) closes.push(event.code);
    });
    const locker = new Database(join(server.config.dataDir, SQLITE_FILE));
    try {
      locker.exec("BEGIN EXCLUSIVE");
      addLane(editor.doc, { name: "Written while locked" });
      // The lock is held for longer than the old 5 s busy_timeout would have blocked the loop in one go.
      let answered = 0;
      for (let i = 0; i < 10; i++) {
        const response = await server.get("/api/time");
        expect(response.status).toBe(200);
        answered++;
        await settle(50);
      }
      expect(answered).toBe(10);
      // Stored before relayed: nobody has the lane while it is not on disk.
      expect(observer.board().lanes.some((lane) => lane.name === "Written while locked")).toBe(false);
      // The write is still waiting, not failed: the editor was never closed.
      expect(closes).toEqual([]);
      expect(editor.provider.wsconnected).toBe(true);
      locker.exec("COMMIT");
      await waitFor("the lane is stored and relayed once the lock is gone", () =>
        observer.board().lanes.some((lane) => lane.name === "Written while locked"),
      );
    } finally {
      if (locker.inTransaction) locker.exec("ROLLBACK");
      locker.close();
    }

    await server.close();
    const restarted = clients.track(await server.restart());
    const reader = await clients.connectSynced(restarted, board.id, board.viewToken);
    expect(reader.board().lanes.map((lane) => lane.name)).toContain("Written while locked");
  });

  it("a write still locked out after SQLITE_BUSY_RETRY_MS closes the board with 1011; it loads again once the lock is gone", async () => {
    const server = clients.track(await TestServer.start({ limits: { sqliteBusyRetryMs: 300 } }));
    const board = await server.createBoard();
    const editor = await clients.connectSynced(server, board.id, board.editToken);
    const closes: number[] = [];
    editor.provider.on("connection-close", (event) => {
      if (event) closes.push(event.code);
    });
    const locker = new Database(join(server.config.dataDir, SQLITE_FILE));
    try {
      locker.exec("BEGIN EXCLUSIVE");
      addLane(editor.doc, { name: "Kept in the browser" });
      await waitFor("the board closes with 1011", () => closes.includes(1011));
    } finally {
      if (locker.inTransaction) locker.exec("ROLLBACK");
      locker.close();
    }
    // The client still holds the lane and sends it again when it reconnects.
    const observer = await clients.connectSynced(server, board.id, board.viewToken);
    await waitFor("the lane reaches the board after the reconnect", () =>
      observer.board().lanes.some((lane) => lane.name === "Kept in the browser"),
    );
  });

  it("past MAX_UNSTORED_BYTES_PER_BOARD waiting for a locked store, the board closes with 1011 and says why", async () => {
    const server = clients.track(await TestServer.start({ limits: { maxUnstoredBytesPerBoard: 16_384 } }));
    const board = await server.createBoard();
    const socket = clients.raw(server, board.id, board.editToken);
    await opened(socket);
    const locker = new Database(join(server.config.dataDir, SQLITE_FILE));
    try {
      locker.exec("BEGIN EXCLUSIVE");
      const closing = closed(socket);
      for (let i = 0; i < 4; i++) socket.send(syncFrame(noteUpdate(`note ${i}`, 6000)));
      expect(await closing).toEqual({ code: 1011, reason: "too many changes waiting to be saved" });
    } finally {
      if (locker.inTransaction) locker.exec("ROLLBACK");
      locker.close();
    }
    // The board loads again from what is stored.
    const reader = await clients.connectSynced(server, board.id, board.viewToken);
    expect(reader.provider.wsconnected).toBe(true);
  });
});

/** An update from a client of its own setting `key` of the notes map to `bytes` characters. */
function noteUpdate(key: string, bytes: number): Uint8Array {
  const doc = new Y.Doc();
  let update: Uint8Array | null = null;
  doc.on("update", (change: Uint8Array) => (update = change));
  doc.getMap(ROOT.notes).set(key, "x".repeat(bytes));
  doc.destroy();
  return update!;
}
