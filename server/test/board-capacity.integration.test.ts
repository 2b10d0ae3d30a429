import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addLane, ROOT } from "@brownpaper/shared";
import { defaultLimits } from "../src/config";
import { syncFrame } from "./crafted-messages";
import { closed, SyncClients } from "./sync-clients";
import { rejected, TestServer } from "./test-server";
import { settle, waitFor } from "./wait";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

/** An update that sets `key` of the board's notes map to `bytes` characters, from a client of its own. */
function bigNote(key: string, bytes: number): Uint8Array {
  const doc = new Y.Doc();
  let update: Uint8Array | null = null;
  doc.on("update", (change: Uint8Array) => (update = change));
  doc.getMap(ROOT.notes).set(key, "x".repeat(bytes));
  doc.destroy();
  return update!;
}

describe("board size (MAX_BOARD_BYTES)", () => {
  it("an update that would take the board past its size is refused with 4413; what was stored before stays, after a restart too", async () => {
    const server = clients.track(await TestServer.start({ limits: { maxBoardBytes: 20_000 } }));
    const board = await server.createBoard();
    const socket = await clients.openRaw(server, board.id, board.editToken);
    socket.send(syncFrame(bigNote("first", 8000)));
    socket.send(syncFrame(bigNote("second", 8000)));
    socket.send(syncFrame(bigNote("third", 8000)));
    expect(await closed(socket)).toEqual({ code: 4413, reason: "board is full" });
    expect(await server.metric(rejected("board_too_big"))).toBe(1);

    await server.close();
    const restarted = clients.track(await server.restart());
    const reader = await clients.connectSynced(restarted, board.id, board.viewToken);
    const notes = reader.doc.getMap(ROOT.notes);
    expect([...notes.keys()].sort()).toEqual(["first", "second"]);
    expect((notes.get("first") as string).length).toBe(8000);

    // A full board still loads, and small edits past the limit are refused there too.
    const editor = await clients.openRaw(restarted, board.id, board.editToken);
    editor.send(syncFrame(bigNote("fourth", 8000)));
    expect((await closed(editor)).code).toBe(4413);

    // Deleting still works on a full board, so it can be cleared up.
    const cleaner = await clients.connectSynced(restarted, board.id, board.editToken);
    cleaner.doc.getMap(ROOT.notes).delete("first");
    await waitFor("the deletion reaches the reader", () => !notes.has("first"));
    expect(cleaner.provider.wsconnected).toBe(true);
  });

  it("a board under its size takes edits as before", async () => {
    const server = clients.track(await TestServer.start({ limits: { maxBoardBytes: 1024 * 1024 } }));
    const board = await server.createBoard();
    const editor = await clients.connectSynced(server, board.id, board.editToken);
    const observer = await clients.connectSynced(server, board.id, board.viewToken);
    addLane(editor.doc, { name: "Sales" });
    await waitFor("the lane is relayed", () => observer.board().lanes.some((lane) => lane.name === "Sales"));
  });
});

describe("boards in memory (MAX_LOADED_BOARDS, MAX_LOADED_BYTES)", () => {
  it("past MAX_LOADED_BOARDS the least recently used idle board is unloaded; with none idle a new board gets 1013", async () => {
    const server = clients.track(await TestServer.start({ roomUnloadDelayMs: 60_000, limits: { maxLoadedBoards: 2 } }));
    const [older, newer, third, fourth] = [
      await server.createBoard(),
      await server.createBoard(),
      await server.createBoard(),
      await server.createBoard(),
    ];
    const visit = async (boardId: string, token: string) => {
      const socket = await clients.openRaw(server, boardId, token);
      await waitFor(`${boardId} is loaded`, () => server.server.loadedBoard(boardId) !== undefined);
      return socket;
    };
    (await visit(older.id, older.viewToken)).close();
    (await visit(newer.id, newer.viewToken)).close();
    await settle();
    // Both idle and kept (the unload delay is long); `newer` was used last.
    expect(server.server.loadedBoard(older.id)).toBeDefined();
    const stays = await visit(newer.id, newer.viewToken);

    const thirdSocket = await visit(third.id, third.viewToken);
    await waitFor(
      "the least recently used idle board is unloaded",
      () => server.server.loadedBoard(older.id) === undefined,
    );
    expect(server.server.loadedBoard(newer.id)).toBeDefined();

    // Both boards in memory have someone connected: nothing can make room.
    const refused = clients.raw(server, fourth.id, fourth.viewToken);
    expect(await closed(refused)).toEqual({
      code: 1013,
      reason: "too many boards open on this server; try again later",
    });
    expect(server.server.loadedBoard(fourth.id)).toBeUndefined();
    expect(await server.metric(rejected("boards_in_memory"))).toBe(1);
    expect(stays.readyState).toBe(stays.OPEN);

    // Once someone leaves, the next visitor's board takes its place.
    thirdSocket.close();
    await settle();
    await visit(fourth.id, fourth.viewToken);
    expect(server.server.loadedBoard(third.id)).toBeUndefined();
  });

  it("a board is loaded only while the stored bytes in memory are under MAX_LOADED_BYTES", async () => {
    const server = clients.track(
      await TestServer.start({ roomUnloadDelayMs: 60_000, limits: { maxLoadedBytes: 4096 } }),
    );
    const big = await server.createBoard();
    const other = await server.createBoard();
    const writer = await clients.openRaw(server, big.id, big.editToken);
    writer.send(syncFrame(bigNote("bulk", 5000)));
    const observer = await clients.connectSynced(server, big.id, big.viewToken);
    await waitFor("the big note is stored and relayed", () => observer.doc.getMap(ROOT.notes).has("bulk"));

    const refused = clients.raw(server, other.id, other.viewToken);
    expect((await closed(refused)).code).toBe(1013);

    // Nobody left on the big board: it is unloaded to make room.
    writer.close();
    observer.provider.destroy();
    await settle();
    await clients.openRaw(server, other.id, other.viewToken);
    await waitFor("the other board is loaded", () => server.server.loadedBoard(other.id) !== undefined);
    expect(server.server.loadedBoard(big.id)).toBeUndefined();
  });
});

describe("connections per address", () => {
  it("by default one address may hold fewer connections than one board takes, so it cannot fill a board alone", () => {
    const limits = defaultLimits();
    expect(limits.maxConnectionsPerIp).toBeLessThan(limits.maxConnectionsPerBoard);
  });

  it("an address at MAX_CONNECTIONS_PER_IP is refused with 1013 while the board still takes others", async () => {
    const server = clients.track(
      await TestServer.start({ limits: { maxConnectionsPerBoard: 4, maxConnectionsPerIp: 3 } }),
    );
    const board = await server.createBoard();
    for (let i = 0; i < 3; i++) await clients.openRaw(server, board.id, board.viewToken);
    const fourth = clients.raw(server, board.id, board.viewToken);
    expect(await closed(fourth)).toEqual({ code: 1013, reason: "too many connections from your address" });
    const elsewhere = await clients.openRaw(server, board.id, board.viewToken, { localAddress: "127.0.0.2" });
    await settle();
    expect(elsewhere.readyState).toBe(elsewhere.OPEN);
  });
});
