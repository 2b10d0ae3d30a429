import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addLane, addStep, CURRENT_SCHEMA_VERSION, META, ROOT, schemaVersionOf } from "@brownpaper/shared";
import { shareToken } from "../src/auth/tokens";
import { newBoardId } from "../src/board-id";
import { createLogger } from "../src/logger";
import { SqliteStore } from "../src/storage/sqlite-store";
import { ControlledStore } from "./controlled-store";
import { closed, opened, SyncClients } from "./sync-clients";
import { tempDir, TEST_SECRET, TestServer } from "./test-server";
import { waitFor } from "./wait";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

describe("GET /metrics", () => {
  it("reports connections, boards, updates, bytes, store write latency and refusals in the Prometheus text format", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const alice = await clients.connectSynced(server, board.id, board.editToken);
    await clients.connectSynced(server, board.id, board.viewToken);
    const lane = addLane(alice.doc, { name: "Sales" });
    addStep(alice.doc, { laneId: lane, x: 0, label: "Quote" });
    await waitFor("both updates relayed", async () => (await server.metric("brownpaper_updates_sent_total")) >= 2);
    const bad = clients.raw(server, board.id, board.editToken);
    await opened(bad);
    bad.send("not binary");
    await closed(bad);

    const response = await server.get("/metrics");
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toMatch(
      /^# HELP brownpaper_connections_open .+\n# TYPE brownpaper_connections_open gauge\nbrownpaper_connections_open 2$/m,
    );
    expect(await server.metric("brownpaper_boards_loaded")).toBe(1);
    // Alice's sync step 2 (empty: she had nothing the server lacked) and her two edits.
    expect(await server.metric("brownpaper_updates_received_total")).toBe(3);
    expect(await server.metric("brownpaper_received_bytes_total")).toBeGreaterThan(0);
    expect(await server.metric("brownpaper_sent_bytes_total")).toBeGreaterThan(0);
    expect(await server.metric('brownpaper_rejected_total{reason="text_frame"}')).toBe(1);
    expect(await server.metric('brownpaper_rejected_total{reason="rate_messages"}')).toBe(0);
    expect(text).toContain("# TYPE brownpaper_store_write_seconds histogram");
    expect(await server.metric("brownpaper_store_write_seconds_count")).toBe(2);
    expect(await server.metric('brownpaper_store_write_seconds_bucket{le="+Inf"}')).toBe(2);
    expect(await server.metric("process_resident_memory_bytes")).toBeGreaterThan(1024 * 1024);
  });

  it("wants METRICS_TOKEN as a bearer token when one is set", async () => {
    const server = clients.track(await TestServer.start({ metricsToken: "scrape-secret-123" }));
    expect((await server.get("/metrics")).status).toBe(401);
    expect((await server.get("/metrics", "wrong")).status).toBe(401);
    expect((await server.get("/metrics", "scrape-secret-123")).status).toBe(200);
  });
});

describe("structured logs", () => {
  it("are one JSON object per line with time, level and event; connection events name the board and connection", async () => {
    const lines: string[] = [];
    const server = clients.track(
      await TestServer.start({}, { logger: createLogger("debug", (line) => lines.push(line)) }),
    );
    const board = await server.createBoard();
    const socket = clients.raw(server, board.id, board.editToken);
    await opened(socket);
    socket.send(new Uint8Array([0, 9, 0]));
    await closed(socket);
    await server.close();

    const entries = lines
      .join("")
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const entry of entries) expect(Object.keys(entry).slice(0, 3)).toEqual(["time", "level", "event"]);
    const rejection = entries.find((entry) => entry.event === "connection.rejected");
    expect(rejection).toMatchObject({ level: "warn", boardId: board.id, reason: "malformed", code: 1007 });
    expect(rejection?.connId).toMatch(/^c_/);
  });
});

describe("a board saved before the current schema", () => {
  it("is migrated once, on load, before anyone is served; later loads change nothing", async () => {
    const dataDir = tempDir();
    const store = new ControlledStore(SqliteStore.inDirectory(dataDir));
    const server = clients.track(await TestServer.start({ dataDir }, { store }));
    // A board as a first Brownpaper stored it: a lane, and no schema version or metadata at all.
    const old = new Y.Doc();
    addLane(old, { name: "Operations" });
    old.getMap(ROOT.meta).clear();
    const boardId = newBoardId();
    await store.inner.createBoard(boardId, Y.encodeStateAsUpdate(old));
    const rowsBefore = (await store.inner.load(boardId)).updates.length;

    const first = await clients.connectSynced(server, boardId, shareToken(TEST_SECRET, boardId, "view"));
    expect(schemaVersionOf(first.doc)).toBe(CURRENT_SCHEMA_VERSION);
    expect(first.board().meta).toMatchObject({ title: "Untitled process", state: "as-is", dotsPerParticipant: 3 });
    expect(first.board().lanes.map((lane) => lane.name)).toEqual(["Operations"]);
    expect((await store.inner.load(boardId)).updates.length).toBe(rowsBefore + 1);

    first.provider.destroy();
    await waitFor("the board is unloaded", async () => (await server.metric("brownpaper_boards_loaded")) === 0);
    const again = await clients.connectSynced(server, boardId, shareToken(TEST_SECRET, boardId, "view"));
    expect(schemaVersionOf(again.doc)).toBe(CURRENT_SCHEMA_VERSION);
    expect((await store.inner.load(boardId)).updates.length).toBe(rowsBefore + 1);
  });
});

describe("a board saved by a newer Brownpaper", () => {
  async function tooNewBoard() {
    const dataDir = tempDir();
    const store = new ControlledStore(SqliteStore.inDirectory(dataDir));
    const server = clients.track(await TestServer.start({ dataDir }, { store }));
    const board = await server.createBoard();
    const doc = new Y.Doc();
    for (const update of (await store.inner.load(board.id)).updates) Y.applyUpdate(doc, update);
    const bump: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => bump.push(update));
    doc.getMap(ROOT.meta).set(META.schemaVersion, 999);
    await store.inner.append(board.id, bump[0]!);
    return { server, store, board };
  }

  it("is refused with close code 4426 and a reason a person can act on", async () => {
    const { server, board } = await tooNewBoard();
    const socket = clients.raw(server, board.id, board.editToken);
    const { code, reason } = await closed(socket);
    expect(code).toBe(4426);
    expect(reason).toMatch(/newer Brownpaper/);
    expect((await server.get("/healthz")).status).toBe(200);
  });

  it("is not loaded again for every reconnect: the refusal is remembered", async () => {
    const { server, store, board } = await tooNewBoard();
    expect((await closed(clients.raw(server, board.id, board.editToken))).code).toBe(4426);
    const loads = store.loadCalls;
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await closed(clients.raw(server, board.id, board.viewToken))).code).toBe(4426);
    }
    expect(store.loadCalls).toBe(loads);
    expect(await server.metric('brownpaper_rejected_total{reason="board_too_new"}')).toBe(6);
  });
});

describe("boards in memory", () => {
  it("with ROOM_UNLOAD_DELAY_MS=0 an empty board leaves memory at once and its doc can be collected", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const server = clients.track(await TestServer.start({ roomUnloadDelayMs: 0 }));
    const board = await server.createBoard();
    const client = await clients.connectSynced(server, board.id, board.editToken);
    client.provider.awareness.setLocalStateField("name", "Leaving soon");
    addLane(client.doc, { name: "Held in memory" });
    await waitFor("the lane is stored", async () => (await server.metric("brownpaper_store_write_seconds_count")) >= 1);
    const loaded = new WeakRef(server.server.loadedBoard(board.id)!);
    client.provider.destroy();

    await waitFor("the board is unloaded", async () => (await server.metric("brownpaper_boards_loaded")) === 0);
    expect(server.server.loadedBoard(board.id)).toBeUndefined();
    await waitFor(
      "the unloaded doc is garbage collected",
      async () => {
        gc();
        await new Promise((resolve) => setTimeout(resolve, 10));
        return loaded.deref() === undefined;
      },
      5000,
    );
  });
});

describe("compaction", () => {
  it("updates that arrive while a compaction is being written are all kept", async () => {
    const dataDir = tempDir();
    const store = new ControlledStore(SqliteStore.inDirectory(dataDir));
    const server = clients.track(await TestServer.start({ dataDir, compactEvery: 4 }, { store }));
    const board = await server.createBoard();
    const alice = await clients.connectSynced(server, board.id, board.editToken);
    const bob = await clients.connectSynced(server, board.id, board.editToken);
    const lane = addLane(alice.doc, { name: "Busy" });
    await waitFor("Bob has the lane", () => bob.board().lanes.length === 1);
    store.compactDelayMs = 40;

    for (let i = 0; i < 30; i++) {
      addStep(i % 2 === 0 ? alice.doc : bob.doc, { laneId: lane, x: i, label: `Step ${i}` });
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    await waitFor(
      "both have every step",
      () => alice.board().steps.length === 30 && bob.board().steps.length === 30,
      10_000,
    );
    expect(store.compactsCompleted).toBeGreaterThan(2);
    await server.close();

    const restarted = clients.track(await server.restart());
    const fresh = await clients.connectSynced(restarted, board.id, board.viewToken);
    expect(
      fresh
        .board()
        .steps.map((step) => step.label)
        .sort(),
    ).toEqual(Array.from({ length: 30 }, (_, i) => `Step ${i}`).sort());
  });
});
