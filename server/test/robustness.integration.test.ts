import { afterEach, describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { addLane } from "@brownpaper/shared";
import { encodeAwarenessUpdate } from "../src/sync/awareness-guard";
import { MESSAGE_AWARENESS, MESSAGE_SYNC } from "../src/sync/protocol";
import { syncFrame } from "./crafted-messages";
import { rawHandshake } from "./raw-websocket";
import { closed, opened, SyncClients } from "./sync-clients";
import { TestServer } from "./test-server";
import { settle, waitFor } from "./wait";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

function docWithRoot(root: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getMap(root).set("k", "v");
  return doc;
}

function awarenessFrame(entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(
    encoder,
    encodeAwarenessUpdate(
      entries.map(({ clientId, clock, state }) => ({ clientId, clock, stateJson: JSON.stringify(state) })),
    ),
  );
  return encoding.toUint8Array(encoder);
}

describe("a board whose stored state cannot be loaded", () => {
  it("refuses its clients with 1011 and leaves the stored rows untouched", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard({ title: "Will break" });
    const store = await server.openStore();
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
    const store = await server.openStore();
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

describe("bad frames", () => {
  it.each([
    ["a truncated sync message", new Uint8Array([MESSAGE_SYNC, 2, 200])],
    ["an unknown sync message type", new Uint8Array([MESSAGE_SYNC, 9, 0])],
    ["an update that is not a Yjs update", new Uint8Array([MESSAGE_SYNC, 2, 4, 0xff, 0xff, 0xff, 0xff])],
    ["a malformed state vector", new Uint8Array([MESSAGE_SYNC, 0, 3, 0xff, 0xff, 0xff])],
    ["an awareness update that is not JSON", new Uint8Array([MESSAGE_AWARENESS, 5, 1, 7, 1, 1, 0x7b])],
    ["a truncated awareness update", new Uint8Array([MESSAGE_AWARENESS, 4, 3, 7, 1, 9])],
    ["an empty frame", new Uint8Array([])],
    ["a zero-length update (yjs#498)", new Uint8Array([MESSAGE_SYNC, 2, 0])],
    ["a zero-length sync step 2", new Uint8Array([MESSAGE_SYNC, 1, 0])],
    ["a length that claims more bytes than the frame has", new Uint8Array([MESSAGE_SYNC, 2, 0xff, 0xff, 0x03, 0, 0])],
    [
      "an over-long varint as message type",
      new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]),
    ],
    [
      "an update claiming four billion structs",
      syncFrame(new Uint8Array([1, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 0, 0, 0])),
    ],
    [
      "the run-length payload of yjs#687",
      syncFrame(new Uint8Array(Buffer.from("00010000000001000100010200001602000001fdffffffff7f0000", "hex"))),
    ],
    ["an update to a root type boards do not have", syncFrame(Y.encodeStateAsUpdate(docWithRoot("evil")))],
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

  it.each([
    ["an unmasked client frame", Buffer.from([0x82, 0x01, 0x00])],
    ["a reserved opcode", Buffer.from([0x83, 0x80, 1, 2, 3, 4])],
    ["reserved bits set", Buffer.from([0xc2, 0x80, 1, 2, 3, 4])],
    [
      "a control frame longer than 125 bytes",
      Buffer.from([0x89, 0xfe, 0x00, 0xc8, 1, 2, 3, 4, ...new Uint8Array(200)]),
    ],
  ])(
    "%s at the WebSocket layer closes that connection with 1002, counted, and the server carries on",
    async (_name, bytes) => {
      const server = clients.track(await TestServer.start());
      const board = await server.createBoard();
      const alice = await clients.connectSynced(server, board.id, board.editToken);
      const bob = await clients.connectSynced(server, board.id, board.viewToken);
      const raw = await rawHandshake(server, board.id, board.editToken);
      raw.socket.write(bytes);
      expect(await raw.closeCode()).toBe(1002);
      expect(await server.metric('brownpaper_rejected_total{reason="bad_frame"}')).toBe(1);
      addLane(alice.doc, { name: "After a bad frame" });
      await waitFor("Bob still receives edits", () => bob.board().lanes.length === 1);
    },
  );

  it("an unknown message type closes only that connection, as malformed; the protocol's auth and query messages are skipped", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const observer = await clients.connectSynced(server, board.id, board.viewToken);
    const polite = clients.raw(server, board.id, board.editToken);
    await opened(polite);
    polite.send(new Uint8Array([2, 0]));
    polite.send(new Uint8Array([3]));
    polite.send(awarenessFrame([{ clientId: 777, clock: 1, state: { name: "Raw" } }]));
    await waitFor(
      "the raw client's presence arrives",
      () => observer.provider.awareness.getStates().get(777)?.name === "Raw",
    );

    const rude = clients.raw(server, board.id, board.editToken);
    await opened(rude);
    const refused = closed(rude);
    rude.send(new Uint8Array([42, 1, 2, 3]));
    expect((await refused).code).toBe(1007);
    expect(polite.readyState).toBe(polite.OPEN);
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
    await waitFor(
      "Mallory's own presence arrives",
      () => observer.provider.awareness.getStates().get(4242)?.name === "Mallory",
    );
    expect(observer.provider.awareness.getStates().get(bobId)?.name).toBe("Bob");

    mallory.send(
      awarenessFrame([
        { clientId: bobId, clock: bobClock + 20, state: null },
        { clientId: 4242, clock: 2, state: { name: "M2" } },
      ]),
    );
    await waitFor(
      "Mallory's second update arrives",
      () => observer.provider.awareness.getStates().get(4242)?.name === "M2",
    );
    expect(observer.provider.awareness.getStates().get(bobId)?.name).toBe("Bob");
  });

  it("a client may hold at most eight presence ids; the rest are ignored", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const observer = await clients.connectSynced(server, board.id, board.viewToken);
    const socket = clients.raw(server, board.id, board.editToken);
    await opened(socket);
    socket.send(awarenessFrame(Array.from({ length: 12 }, (_, i) => ({ clientId: 9000 + i, clock: 1, state: { i } }))));
    socket.send(awarenessFrame([{ clientId: 8999, clock: 1, state: { marker: true } }]));
    await waitFor("the first eight arrive", () => observer.provider.awareness.getStates().has(9007));
    await settle();
    const held = [...observer.provider.awareness.getStates().keys()].filter((id) => id >= 8999 && id < 9100);
    expect(held.sort()).toEqual([9000, 9001, 9002, 9003, 9004, 9005, 9006, 9007]);
  });

  it("a client can clear its own presence, and takes its id back after reconnecting", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const observer = await clients.connectSynced(server, board.id, board.viewToken);
    const first = clients.raw(server, board.id, board.editToken);
    await opened(first);
    first.send(awarenessFrame([{ clientId: 7070, clock: 1, state: { name: "Ana" } }]));
    await waitFor("Ana is present", () => observer.provider.awareness.getStates().get(7070)?.name === "Ana");
    first.send(awarenessFrame([{ clientId: 7070, clock: 2, state: null }]));
    await waitFor("Ana cleared her presence", () => !observer.provider.awareness.getStates().has(7070));
    first.close();
    await closed(first);

    const second = clients.raw(server, board.id, board.editToken);
    await opened(second);
    second.send(awarenessFrame([{ clientId: 7070, clock: 3, state: { name: "Ana again" } }]));
    await waitFor("Ana is back", () => observer.provider.awareness.getStates().get(7070)?.name === "Ana again");
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
    await waitFor(
      "the editor sees the viewer",
      () => editor.provider.awareness.getStates().get(viewer.doc.clientID)?.name === "Sponsor",
    );
  });
});
