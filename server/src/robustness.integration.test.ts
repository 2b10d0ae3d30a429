import { afterEach, describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import { addLane } from "@brownpaper/shared";
import { SqliteStore } from "./storage/sqlite-store";
import { encodeAwarenessUpdate } from "./sync/awareness-guard";
import { MESSAGE_AWARENESS, MESSAGE_SYNC } from "./sync/protocol";
import { closed, opened, SyncClients } from "./test/sync-clients";
import { TestServer } from "./test/test-server";
import { waitFor } from "./test/wait";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

function awarenessFrame(entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(
    encoder,
    encodeAwarenessUpdate(entries.map(({ clientId, clock, state }) => ({ clientId, clock, stateJson: JSON.stringify(state) }))),
  );
  return encoding.toUint8Array(encoder);
}

describe("a board whose stored state cannot be loaded", () => {
  it("refuses its clients with 1011 and leaves the stored rows untouched", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard({ title: "Will break" });
    const store = SqliteStore.inDirectory(server.config.dataDir);
    await store.append(board.id, new Uint8Array([0xff, 0xff, 0xff, 0xff]));
    const before = await store.load(board.id);

    const socket = clients.raw(server, board.id, board.editToken);
    await opened(socket);
    const { code } = await closed(socket);
    expect(code).toBe(1011);
    // A second attempt loads again (the failed room was forgotten) and fails the same way.
    const retry = clients.raw(server, board.id, board.editToken);
    expect((await closed(retry)).code).toBe(1011);

    expect(await store.load(board.id)).toEqual(before);
    await store.close();
    expect((await server.get("/healthz")).status).toBe(200);
  });

  it("other boards keep working while one fails to load", async () => {
    const server = clients.track(await TestServer.start());
    const broken = await server.createBoard();
    const healthy = await server.createBoard();
    const store = SqliteStore.inDirectory(server.config.dataDir);
    await store.append(broken.id, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
    await store.close();

    const refused = closed(clients.raw(server, broken.id, broken.editToken));
    const alice = await clients.connectSynced(server, healthy.id, healthy.editToken);
    const bob = await clients.connectSynced(server, healthy.id, healthy.editToken);
    expect((await refused).code).toBe(1011);
    addLane(alice.doc, { name: "Still fine" });
    await waitFor("Bob sees Alice's lane", () => bob.board().lanes.length === 1);
  });
});

describe("boards in memory", () => {
  it("a board nobody has open is unloaded after the delay and loaded again from the store", async () => {
    const server = clients.track(await TestServer.start({ roomUnloadDelayMs: 50 }));
    const board = await server.createBoard();
    const first = clients.raw(server, board.id, board.editToken);
    await opened(first);
    first.close();
    await closed(first);
    await new Promise((resolve) => setTimeout(resolve, 200));

    // Only a board read again from the store can notice the damage.
    const store = SqliteStore.inDirectory(server.config.dataDir);
    await store.append(board.id, new Uint8Array([0xff, 0xff]));
    await store.close();
    const second = clients.raw(server, board.id, board.editToken);
    expect((await closed(second)).code).toBe(1011);
  });

  it("a board someone has open stays in memory", async () => {
    const server = clients.track(await TestServer.start({ roomUnloadDelayMs: 50 }));
    const board = await server.createBoard();
    await clients.connectSynced(server, board.id, board.editToken);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const store = SqliteStore.inDirectory(server.config.dataDir);
    await store.append(board.id, new Uint8Array([0xff, 0xff]));
    await store.close();
    const second = await clients.connectSynced(server, board.id, board.viewToken);
    expect(second.provider.wsconnected).toBe(true);
  });
});

describe("bad frames", () => {
  it.each([
    ["a truncated sync message", new Uint8Array([MESSAGE_SYNC, 2, 200])],
    ["an unknown sync message type", new Uint8Array([MESSAGE_SYNC, 9, 0])],
    ["an update that is not a Yjs update", new Uint8Array([MESSAGE_SYNC, 2, 4, 0xff, 0xff, 0xff, 0xff])],
    ["a malformed state vector", new Uint8Array([MESSAGE_SYNC, 0, 3, 0xff, 0xff, 0xff])],
    ["an awareness update that is not JSON", new Uint8Array([MESSAGE_AWARENESS, 5, 1, 7, 1, 1, 0x7b])],
  ])("%s closes only that connection with 1007", async (_name, frame) => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const other = await server.createBoard();
    const alice = await clients.connectSynced(server, board.id, board.editToken);
    const bob = await clients.connectSynced(server, board.id, board.editToken);
    const elsewhere = await clients.connectSynced(server, other.id, other.editToken);

    const attacker = clients.raw(server, board.id, board.editToken);
    await opened(attacker);
    attacker.send(frame);
    expect((await closed(attacker)).code).toBe(1007);

    addLane(alice.doc, { name: "After the bad frame" });
    await waitFor("Bob still receives edits", () => bob.board().lanes.length === 1);
    expect(elsewhere.provider.wsconnected).toBe(true);
  });

  it("a text frame closes the connection with 1003", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const alice = await clients.connectSynced(server, board.id, board.editToken);
    const socket = clients.raw(server, board.id, board.editToken);
    await opened(socket);
    socket.send("hello");
    expect((await closed(socket)).code).toBe(1003);
    expect(alice.provider.wsconnected).toBe(true);
  });

  it("a frame over MAX_MESSAGE_BYTES closes the connection with 1009", async () => {
    const server = clients.track(await TestServer.start({ maxMessageBytes: 4096 }));
    const board = await server.createBoard();
    const socket = clients.raw(server, board.id, board.editToken);
    await opened(socket);
    socket.send(new Uint8Array(8192));
    expect((await closed(socket)).code).toBe(1009);
    expect((await server.get("/healthz")).status).toBe(200);
  });

  it("unknown message types are ignored and the connection stays usable", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const observer = await clients.connectSynced(server, board.id, board.viewToken);
    const socket = clients.raw(server, board.id, board.editToken);
    await opened(socket);
    socket.send(new Uint8Array([42, 1, 2, 3]));
    socket.send(awarenessFrame([{ clientId: 777, clock: 1, state: { name: "Raw" } }]));
    await waitFor("the raw client's presence arrives", () => observer.provider.awareness.getStates().get(777)?.name === "Raw");
  });
});

describe("presence", () => {
  it("a client cannot overwrite or clear another client's presence", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const bob = await clients.connectSynced(server, board.id, board.editToken);
    bob.provider.awareness.setLocalStateField("name", "Bob");
    const observer = await clients.connectSynced(server, board.id, board.viewToken);
    const bobId = bob.doc.clientID;
    await waitFor("the observer sees Bob", () => observer.provider.awareness.getStates().get(bobId)?.name === "Bob");

    const mallory = clients.raw(server, board.id, board.editToken);
    await opened(mallory);
    const bobClock = observer.provider.awareness.meta.get(bobId)!.clock;
    mallory.send(
      awarenessFrame([
        { clientId: bobId, clock: bobClock + 10, state: { name: "Mallory as Bob" } },
        { clientId: 4242, clock: 1, state: { name: "Mallory" } },
      ]),
    );
    await waitFor("Mallory's own presence arrives", () => observer.provider.awareness.getStates().get(4242)?.name === "Mallory");
    expect(observer.provider.awareness.getStates().get(bobId)?.name).toBe("Bob");

    mallory.send(awarenessFrame([{ clientId: bobId, clock: bobClock + 20, state: null }, { clientId: 4242, clock: 2, state: { name: "M2" } }]));
    await waitFor("Mallory's second update arrives", () => observer.provider.awareness.getStates().get(4242)?.name === "M2");
    expect(observer.provider.awareness.getStates().get(bobId)?.name).toBe("Bob");
  });

  it("a client's presence disappears for others when its connection closes", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const observer = await clients.connectSynced(server, board.id, board.viewToken);
    const socket = clients.raw(server, board.id, board.editToken);
    await opened(socket);
    socket.send(awarenessFrame([{ clientId: 5151, clock: 1, state: { name: "Leaving" } }]));
    await waitFor("presence arrives", () => observer.provider.awareness.getStates().has(5151));
    socket.close();
    await waitFor("presence is removed", () => !observer.provider.awareness.getStates().has(5151));
  });

  it("view clients share their presence too", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const editor = await clients.connectSynced(server, board.id, board.editToken);
    const viewer = await clients.connectSynced(server, board.id, board.viewToken);
    viewer.provider.awareness.setLocalStateField("name", "Sponsor");
    await waitFor("the editor sees the viewer", () => editor.provider.awareness.getStates().get(viewer.doc.clientID)?.name === "Sponsor");
  });
});
