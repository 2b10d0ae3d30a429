import { afterEach, describe, expect, it } from "vitest";
import { addLane } from "@brownpaper/shared";
import { MemoryStore } from "../src/storage/memory-store";
import { ControlledStore } from "./controlled-store";
import { awarenessFrame, conflictBomb, orphanUpdate, syncFrame } from "./crafted-messages";
import { closed, SyncClients } from "./sync-clients";
import { rejected, TestServer } from "./test-server";
import { settle, waitFor } from "./wait";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

/** An editor and an observer on their own board, to show that it carries on. */
async function bystanders(server: TestServer) {
  const board = await server.createBoard();
  const editor = await clients.connectSynced(server, board.id, board.editToken);
  const observer = await clients.connectSynced(server, board.id, board.viewToken);
  return {
    async stillSyncing(name: string): Promise<void> {
      addLane(editor.doc, { name });
      await waitFor(`the bystander board relays "${name}"`, () =>
        observer.board().lanes.some((lane) => lane.name === name),
      );
      expect(editor.provider.wsconnected && observer.provider.wsconnected).toBe(true);
    },
  };
}

describe("message size", () => {
  it("a message over MAX_MESSAGE_BYTES closes with 1009 and is counted", async () => {
    const server = clients.track(await TestServer.start({ maxMessageBytes: 4096 }));
    const board = await server.createBoard();
    const others = await bystanders(server);
    const socket = await clients.openRaw(server, board.id, board.editToken);
    socket.send(new Uint8Array(8192));
    expect((await closed(socket)).code).toBe(1009);
    expect(await server.metric(rejected("too_big"))).toBe(1);
    await others.stillSyncing("after an oversized message");
  });

  it("a presence state over MAX_AWARENESS_STATE_BYTES is dropped and counted; the connection stays", async () => {
    const server = clients.track(await TestServer.start({ limits: { maxAwarenessStateBytes: 1000 } }));
    const board = await server.createBoard();
    const observer = await clients.connectSynced(server, board.id, board.viewToken);
    const socket = await clients.openRaw(server, board.id, board.editToken);
    socket.send(awarenessFrame([{ clientId: 31, clock: 1, state: { name: "x".repeat(2000) } }]));
    await waitFor(
      "the oversized state is counted",
      async () => (await server.metric(rejected("awareness_too_big"))) === 1,
    );
    expect(observer.provider.awareness.getStates().has(31)).toBe(false);
    expect(socket.readyState).toBe(socket.OPEN);
  });
});

describe("rate limits", () => {
  it("more messages per second than allowed closes with 1008; other boards carry on", async () => {
    const server = clients.track(await TestServer.start({ limits: { messagesPerSecond: 5 } }));
    const board = await server.createBoard();
    const others = await bystanders(server);
    const socket = await clients.openRaw(server, board.id, board.editToken);
    for (let clock = 1; clock <= 30; clock++)
      socket.send(awarenessFrame([{ clientId: 41, clock, state: { n: clock } }]));
    const { code, reason } = await closed(socket);
    expect(code).toBe(1008);
    expect(reason).toMatch(/rate limit/);
    expect(await server.metric(rejected("rate_messages"))).toBe(1);
    await others.stillSyncing("after a flood");
  });

  it("more bytes per second than allowed closes with 1008", async () => {
    const server = clients.track(
      await TestServer.start({
        maxMessageBytes: 64 * 1024,
        // Presence states this large are refused by default (MAX_AWARENESS_STATE_BYTES); here they only carry bytes.
        limits: { bytesPerSecond: 32 * 1024, maxAwarenessStateBytes: 64 * 1024 },
      }),
    );
    const board = await server.createBoard();
    const socket = await clients.openRaw(server, board.id, board.editToken);
    // 64 KiB is one largest message's worth of burst; three of 30 KB are more than that.
    for (let clock = 1; clock <= 3; clock++)
      socket.send(awarenessFrame([{ clientId: 42, clock, state: { pad: "y".repeat(30_000) } }]));
    expect((await closed(socket)).code).toBe(1008);
    expect(await server.metric(rejected("rate_bytes"))).toBe(1);
  });

  it("updates that keep the server busy past the CPU budget close with 1008", async () => {
    const server = clients.track(await TestServer.start({ limits: { cpuMsPerSecond: 1, offenderCooldownMs: 0 } }));
    const board = await server.createBoard();
    const socket = await clients.openRaw(server, board.id, board.editToken);
    // Each costs far more than the 2 ms burst, yet stays under the trial threshold.
    for (let i = 0; i < 10; i++) socket.send(syncFrame(conflictBomb(900)));
    expect((await closed(socket)).code).toBe(1008);
    expect(await server.metric(rejected("rate_cpu"))).toBe(1);
  });

  it("an address closed for flooding must wait OFFENDER_COOLDOWN_MS before it connects again", async () => {
    const server = clients.track(
      await TestServer.start({ limits: { messagesPerSecond: 2, offenderCooldownMs: 60_000 } }),
    );
    const board = await server.createBoard();
    const flooder = await clients.openRaw(server, board.id, board.editToken);
    for (let clock = 1; clock <= 10; clock++) flooder.send(awarenessFrame([{ clientId: 43, clock, state: {} }]));
    expect((await closed(flooder)).code).toBe(1008);

    const again = await clients.openRaw(server, board.id, board.editToken);
    const { code, reason } = await closed(again);
    expect(code).toBe(1013);
    expect(reason).toMatch(/try again later/);
    const neighbour = await clients.openRaw(server, board.id, board.editToken, { localAddress: "127.0.0.2" });
    await settle();
    expect(neighbour.readyState).toBe(neighbour.OPEN);
  });
});

describe("connection caps", () => {
  it("the connection after MAX_CONNECTIONS_PER_BOARD closes with 1013, and a place frees up when someone leaves", async () => {
    const server = clients.track(await TestServer.start({ limits: { maxConnectionsPerBoard: 2 } }));
    const board = await server.createBoard();
    const other = await server.createBoard();
    const first = await clients.openRaw(server, board.id, board.editToken);
    await clients.openRaw(server, board.id, board.viewToken);

    const third = await clients.openRaw(server, board.id, board.viewToken);
    const refusal = await closed(third);
    expect(refusal).toEqual({ code: 1013, reason: "this board has too many connections" });
    const elsewhere = await clients.openRaw(server, other.id, other.editToken);
    first.close();
    await closed(first);
    const fourth = await clients.openRaw(server, board.id, board.viewToken);
    await settle();
    expect([fourth.readyState, elsewhere.readyState]).toEqual([fourth.OPEN, elsewhere.OPEN]);
    expect(await server.metric(rejected("board_full"))).toBe(1);
  });

  it("the connection after MAX_CONNECTIONS_PER_IP from one address closes with 1013; other addresses still connect", async () => {
    const server = clients.track(await TestServer.start({ limits: { maxConnectionsPerIp: 2 } }));
    const board = await server.createBoard();
    await clients.openRaw(server, board.id, board.editToken);
    await clients.openRaw(server, board.id, board.editToken);
    const third = await clients.openRaw(server, board.id, board.editToken);
    expect(await closed(third)).toEqual({ code: 1013, reason: "too many connections from your address" });
    const fromElsewhere = await clients.openRaw(server, board.id, board.editToken, { localAddress: "127.0.0.2" });
    await settle();
    expect(fromElsewhere.readyState).toBe(fromElsewhere.OPEN);
  });

  it("behind a trusted proxy, addresses come from the last X-Forwarded-For entry", async () => {
    const server = clients.track(await TestServer.start({ trustProxy: true, limits: { maxConnectionsPerIp: 1 } }));
    const board = await server.createBoard();
    const via = (address: string) => ({ headers: { "x-forwarded-for": `203.0.113.9, ${address}` } });
    await clients.openRaw(server, board.id, board.editToken, via("198.51.100.1"));
    const second = await clients.openRaw(server, board.id, board.editToken, via("198.51.100.2"));
    const sameAsFirst = await clients.openRaw(server, board.id, board.editToken, via("198.51.100.1"));
    expect((await closed(sameAsFirst)).code).toBe(1013);
    expect(second.readyState).toBe(second.OPEN);
  });
});

describe("what may wait", () => {
  it("frames beyond MAX_QUEUED_MESSAGES while the board loads close with 1013", async () => {
    const store = new ControlledStore(new MemoryStore());
    const server = clients.track(await TestServer.start({ limits: { maxQueuedMessages: 5 } }, { store }));
    const board = await server.createBoard();
    let openGate = (): void => {};
    store.loadGate = new Promise((resolve) => (openGate = resolve));
    const socket = await clients.openRaw(server, board.id, board.editToken);
    for (let clock = 1; clock <= 10; clock++) socket.send(awarenessFrame([{ clientId: 51, clock, state: {} }]));
    expect((await closed(socket)).code).toBe(1013);
    openGate();
    expect(await server.metric(rejected("queue_full"))).toBe(1);
  });

  it("queued bytes beyond MAX_QUEUED_BYTES close with 1013", async () => {
    const store = new ControlledStore(new MemoryStore());
    const server = clients.track(await TestServer.start({ limits: { maxQueuedBytes: 4096 } }, { store }));
    const board = await server.createBoard();
    let openGate = (): void => {};
    store.loadGate = new Promise((resolve) => (openGate = resolve));
    const socket = await clients.openRaw(server, board.id, board.editToken);
    socket.send(awarenessFrame([{ clientId: 52, clock: 1, state: { pad: "z".repeat(3000) } }]));
    socket.send(awarenessFrame([{ clientId: 52, clock: 2, state: { pad: "z".repeat(3000) } }]));
    expect((await closed(socket)).code).toBe(1013);
    openGate();
  });

  it("updates that wait for history the server lacks, beyond MAX_PENDING_UPDATE_BYTES, close with 1008 and are dropped", async () => {
    const server = clients.track(await TestServer.start({ limits: { maxPendingUpdateBytes: 10_000 } }));
    const board = await server.createBoard();
    const socket = await clients.openRaw(server, board.id, board.editToken);
    socket.send(syncFrame(orphanUpdate(100)));
    await settle();
    expect(socket.readyState).toBe(socket.OPEN);
    socket.send(syncFrame(orphanUpdate(20_000)));
    expect((await closed(socket)).code).toBe(1008);
    expect(server.server.loadedBoard(board.id)?.store.pendingStructs).toBeNull();
  });
});

describe("updates waiting for missing history", () => {
  it("are not handed to joining clients: they were never stored, so a crash would take them back", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const socket = await clients.openRaw(server, board.id, board.editToken);
    socket.send(syncFrame(orphanUpdate(50)));
    await waitFor(
      "the server holds the orphan",
      () => server.server.loadedBoard(board.id)?.store.pendingStructs != null,
    );
    const late = await clients.connectSynced(server, board.id, board.viewToken);
    expect(late.doc.store.pendingStructs).toBeNull();
    expect(late.doc.store.clients.has(7777)).toBe(false);
  });
});

describe("updates too costly to apply", () => {
  it("an update whose integration is quadratic is tried in a worker, refused with 1009, and never reaches the board", async () => {
    const server = clients.track(await TestServer.start({ limits: { updateTrialTimeoutMs: 300 } }));
    const board = await server.createBoard();
    const others = await bystanders(server);
    const watcher = await clients.connectSynced(server, board.id, board.viewToken);
    const socket = await clients.openRaw(server, board.id, board.editToken);
    socket.send(syncFrame(conflictBomb(20_000)));
    expect(await closed(socket)).toEqual({ code: 1009, reason: "update too costly to apply" });
    expect(await server.metric(rejected("update_too_costly"))).toBe(1);
    await others.stillSyncing("while a bomb was defused");
    expect(watcher.doc.getMap("steps").has("k")).toBe(false);
  });

  it("a large update that is fine passes the trial and reaches everyone", async () => {
    const server = clients.track(await TestServer.start({ limits: { updateTrialStructs: 10 } }));
    const board = await server.createBoard();
    const watcher = await clients.connectSynced(server, board.id, board.viewToken);
    const socket = await clients.openRaw(server, board.id, board.editToken);
    socket.send(syncFrame(conflictBomb(50)));
    await waitFor("the watcher sees the update", () => watcher.doc.getMap("steps").has("k"));
    expect(socket.readyState).toBe(socket.OPEN);
  });
});
