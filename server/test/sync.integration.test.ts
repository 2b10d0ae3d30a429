import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addLane, addStep, connect, exportBoard, parseBoardJson, readBoard, relabelStep } from "@brownpaper/shared";
import { MemoryStore } from "../src/storage/memory-store";
import { SqliteStore } from "../src/storage/sqlite-store";
import { ControlledStore } from "./controlled-store";
import { SyncClients } from "./sync-clients";
import { tempDir, TestServer } from "./test-server";
import { settle, waitFor } from "./wait";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

function stepLabels(doc: Y.Doc): string[] {
  return readBoard(doc)
    .steps.map((step) => step.label)
    .sort();
}

describe("live sync between clients", () => {
  it("concurrent edits from two edit links converge on both clients", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const alice = await clients.connectSynced(server, board.id, board.editToken);
    const bob = await clients.connectSynced(server, board.id, board.editToken);

    const sales = addLane(alice.doc, { name: "Sales" });
    await waitFor("Bob sees the Sales lane", () => bob.board().lanes.some((lane) => lane.id === sales));

    const order = addStep(alice.doc, { laneId: sales, x: 100, label: "Take order" });
    const check = addStep(bob.doc, { laneId: sales, x: 300, label: "Check credit" });
    const ops = addLane(bob.doc, { name: "Operations" });
    relabelStep(alice.doc, order, "Take customer order");
    await waitFor(
      "both steps on both clients",
      () => alice.board().steps.length === 2 && bob.board().steps.length === 2,
    );
    connect(alice.doc, { from: order, to: check, label: "order" });

    await waitFor("the flow reaches Bob", () => bob.board().flows.length === 1);
    await waitFor("Operations reaches Alice", () => alice.board().lanes.some((lane) => lane.id === ops));
    expect(exportBoard(alice.doc)).toEqual(exportBoard(bob.doc));
    expect(stepLabels(bob.doc)).toEqual(["Check credit", "Take customer order"]);
  });

  it("a client joining later receives the whole board from the server", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard({ title: "Onboarding" });
    const alice = await clients.connectSynced(server, board.id, board.editToken);
    const lane = addLane(alice.doc, { name: "HR" });
    addStep(alice.doc, { laneId: lane, x: 0, label: "Send contract" });

    await waitFor("the step is stored", async () => {
      const exported = await (await server.get(`/api/boards/${board.id}/export.json`, board.viewToken)).json();
      return (exported as { steps: unknown[] }).steps.length === 1;
    });
    const carol = await clients.connectSynced(server, board.id, board.viewToken);
    expect(carol.board().meta.title).toBe("Onboarding");
    expect(stepLabels(carol.doc)).toEqual(["Send contract"]);
  });

  it("everything edited is still there after the server restarts on the same data directory", async () => {
    const first = clients.track(await TestServer.start());
    const board = await first.createBoard();
    const alice = await clients.connectSynced(first, board.id, board.editToken);
    const bob = await clients.connectSynced(first, board.id, board.facilitatorToken);
    const lane = addLane(alice.doc, { name: "Finance", kind: "support" });
    const pay = addStep(alice.doc, { laneId: lane, x: 0, label: "Pay invoice" });
    await waitFor("Bob sees the lane", () => bob.board().lanes.length === 1);
    const book = addStep(bob.doc, { laneId: lane, x: 200, label: "Book payment" });
    connect(bob.doc, { from: pay, to: book });
    // What a client has heard from the server is stored: updates are relayed only once stored.
    await waitFor("Alice sees Bob's flow", () => alice.board().flows.length === 1);
    const expected = exportBoard(bob.doc);

    await first.close();
    const second = clients.track(await first.restart());
    const carol = await clients.connectSynced(second, board.id, board.editToken);
    expect(exportBoard(carol.doc)).toEqual(expected);
    expect(carol.board().flows).toHaveLength(1);
  });

  it("a board compacted many times still holds every edit", async () => {
    const server = clients.track(await TestServer.start({ compactEvery: 5 }));
    const board = await server.createBoard();
    const alice = await clients.connectSynced(server, board.id, board.editToken);
    const lane = addLane(alice.doc, { name: "Support" });
    const observer = await clients.connectSynced(server, board.id, board.viewToken);
    for (let i = 0; i < 40; i++) addStep(alice.doc, { laneId: lane, x: i * 10, label: `Step ${i}` });
    await waitFor("the observer has every step", () => observer.board().steps.length === 40);

    await server.close();
    const stored = await server.openStore();
    const { updates, lastSeq } = await stored.load(board.id);
    await stored.close();
    expect(lastSeq).toBeGreaterThan(40);
    expect(updates.length).toBeLessThan(10);
    const restarted = clients.track(await server.restart());
    const fresh = await clients.connectSynced(restarted, board.id, board.viewToken);
    expect(fresh.board().steps).toHaveLength(40);
  });
});

describe("storing before relaying", () => {
  it("updates received but not yet stored when the server stops are stored before it exits", async () => {
    const dataDir = tempDir();
    const slowStore = new ControlledStore(SqliteStore.inDirectory(dataDir));
    const server = clients.track(await TestServer.start({ dataDir }, { store: slowStore }));
    const board = await server.createBoard();
    const alice = await clients.connectSynced(server, board.id, board.editToken);
    const bob = await clients.connectSynced(server, board.id, board.editToken);
    slowStore.appendDelayMs = 300;

    addLane(alice.doc, { name: "Warehouse" });
    alice.provider.awareness.setLocalStateField("marker", "after-edit");
    await waitFor("the server has Alice's frames", () =>
      [...bob.provider.awareness.getStates().values()].some((state) => state.marker === "after-edit"),
    );
    expect(bob.board().lanes).toEqual([]);

    await server.close();
    const restarted = clients.track(await server.restart());
    const carol = await clients.connectSynced(restarted, board.id, board.viewToken);
    expect(carol.board().lanes.map((lane) => lane.name)).toEqual(["Warehouse"]);
  });

  it("a client joining while an update is being stored gets its first sync only once it is stored", async () => {
    const store = new ControlledStore(new MemoryStore());
    const server = clients.track(await TestServer.start({}, { store }));
    const board = await server.createBoard();
    const alice = await clients.connectSynced(server, board.id, board.editToken);
    const bob = await clients.connectSynced(server, board.id, board.editToken);
    store.appendDelayMs = 300;

    addLane(alice.doc, { name: "In flight" });
    alice.provider.awareness.setLocalStateField("marker", "after-edit");
    await waitFor("the server has Alice's frames", () =>
      [...bob.provider.awareness.getStates().values()].some((state) => state.marker === "after-edit"),
    );
    const carol = clients.connect(server, board.id, board.viewToken);
    const storedWhenSynced = new Promise<number>((resolve) => {
      carol.provider.on("sync", (synced: boolean) => {
        if (synced) resolve(store.appendsCompleted);
      });
    });
    const completedBefore = store.appendsCompleted;
    expect(await storedWhenSynced).toBeGreaterThan(completedBefore);
    expect(carol.board().lanes.map((lane) => lane.name)).toEqual(["In flight"]);
  });

  it("when an update cannot be stored, its clients are disconnected and resync once storing works again", async () => {
    const store = new ControlledStore(new MemoryStore());
    const server = clients.track(await TestServer.start({}, { store }));
    const board = await server.createBoard();
    const alice = await clients.connectSynced(server, board.id, board.editToken);
    const bob = await clients.connectSynced(server, board.id, board.editToken);
    const disconnected = new Promise<number>((resolve) => {
      bob.provider.once("connection-close", (event) => resolve(event?.code ?? 0));
    });

    store.failAppends = true;
    addLane(alice.doc, { name: "Lost for a moment" });
    expect(await disconnected).toBe(1011);
    expect(bob.board().lanes).toEqual([]);

    store.failAppends = false;
    await waitFor("Alice's lane reaches Bob after reconnecting", () => bob.board().lanes.length === 1, 10_000);
    const fresh = await clients.connectSynced(server, board.id, board.viewToken);
    expect(fresh.board().lanes.map((lane) => lane.name)).toEqual(["Lost for a moment"]);
  });

  it("frames sent while the board is still loading are applied once it has loaded", async () => {
    const store = new ControlledStore(new MemoryStore());
    const server = clients.track(await TestServer.start({}, { store }));
    const board = await server.createBoard();
    let openGate = (): void => {};
    store.loadGate = new Promise((resolve) => (openGate = resolve));

    const alice = clients.connect(server, board.id, board.editToken);
    await waitFor("Alice's socket is open", () => alice.provider.wsconnected);
    addLane(alice.doc, { name: "Queued lane" });
    await settle();
    expect(store.appendCalls).toBe(0);

    openGate();
    await waitFor("Alice is synced", () => alice.provider.synced);
    const bob = await clients.connectSynced(server, board.id, board.viewToken);
    await waitFor("Bob sees the queued lane", () => bob.board().lanes.length === 1);
  });
});

describe("view links", () => {
  it("a view client's edits are never applied on the server nor seen by anyone", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const editor = await clients.connectSynced(server, board.id, board.editToken);
    const lane = addLane(editor.doc, { name: "Sales" });

    // The viewer even arrives holding content of its own, which its sync step 2 offers.
    const viewerDoc = new Y.Doc();
    addLane(viewerDoc, { name: "Smuggled lane" });
    const viewer = await clients.connectSynced(server, board.id, board.viewToken, viewerDoc);
    await waitFor("the viewer sees the editor's lane", () => viewer.board().lanes.some((l) => l.id === lane));
    addStep(viewer.doc, { laneId: lane, x: 0, label: "Viewer step" });
    // Sent after the step on the same socket: once it arrives, the server has handled the step.
    viewer.provider.awareness.setLocalStateField("marker", "after-edit");
    await waitFor("the editor hears the viewer's presence", () =>
      [...editor.provider.awareness.getStates().values()].some((state) => state.marker === "after-edit"),
    );
    await settle();

    expect(editor.board().lanes.map((l) => l.name)).toEqual(["Sales"]);
    expect(editor.board().steps).toEqual([]);
    const exported = parseBoardJson(
      await (await server.get(`/api/boards/${board.id}/export.json`, board.editToken)).text(),
    );
    expect(exported.ok && exported.board.steps).toEqual([]);
    expect(exported.ok && exported.board.lanes.map((l) => l.name)).toEqual(["Sales"]);

    const late = await clients.connectSynced(server, board.id, board.editToken);
    expect(late.board().lanes.map((l) => l.name)).toEqual(["Sales"]);
    expect(late.board().steps).toEqual([]);
  });

  it("a view client still receives every edit live", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const viewer = await clients.connectSynced(server, board.id, board.viewToken);
    const editor = await clients.connectSynced(server, board.id, board.facilitatorToken);
    addLane(editor.doc, { name: "Legal" });
    await waitFor("the viewer sees the lane", () => viewer.board().lanes.some((lane) => lane.name === "Legal"));
  });
});
