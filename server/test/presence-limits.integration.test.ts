import { afterEach, describe, expect, it } from "vitest";
import { awarenessFrame } from "./crafted-messages";
import { PresenceWatcher } from "./presence-watcher";
import { SyncClients } from "./sync-clients";
import { rejected, TestServer } from "./test-server";
import { settle, waitFor } from "./wait";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

async function watch(server: TestServer, boardId: string, token: string): Promise<PresenceWatcher> {
  return new PresenceWatcher(await clients.openRaw(server, boardId, token));
}

/** What the client publishes at most for a board of its own: a name, a cursor, a viewport and 200 steps and 200 flows selected (about 7.5 KB). */
function fullestHonestState(): unknown {
  const ids = (prefix: string) => Array.from({ length: 200 }, (_, i) => `${prefix}_${String(i).padStart(10, "x")}`);
  // Ids as newId makes them (`step_k3j9x0q2ma`); names up to 60 characters.
  return {
    user: { name: "N".repeat(60), colour: "#336699", role: "edit" },
    presenceId: "p_0123456789abcdef",
    cursor: { x: 1234.5678, y: -987.654 },
    viewport: { cx: 1234.5678, cy: -987.654, zoom: 0.8123 },
    selection: ids("step"),
    selectedFlows: ids("flow"),
    selectedLane: null,
  };
}

describe("a presence state's size (MAX_AWARENESS_STATE_BYTES, 8 KB by default)", () => {
  it("takes the largest state an honest client publishes, and drops one over the limit without closing", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const watcher = await watch(server, board.id, board.viewToken);
    const honest = await clients.openRaw(server, board.id, board.editToken);
    honest.send(awarenessFrame([{ clientId: 11, clock: 1, state: fullestHonestState() }]));
    await waitFor("the honest state is relayed", () => watcher.awareness.getStates().has(11));

    const oversized = await clients.openRaw(server, board.id, board.editToken);
    oversized.send(awarenessFrame([{ clientId: 12, clock: 1, state: { pad: "x".repeat(10_000) } }]));
    await waitFor(
      "the oversized state is counted",
      async () => (await server.metric(rejected("awareness_too_big"))) === 1,
    );
    expect(watcher.awareness.getStates().has(12)).toBe(false);
    // A small state from the same connection afterwards is taken.
    oversized.send(awarenessFrame([{ clientId: 12, clock: 2, state: { small: true } }]));
    await waitFor("the small state arrives", () => watcher.awareness.getStates().has(12));
    expect(oversized.readyState).toBe(oversized.OPEN);
    expect(honest.readyState).toBe(honest.OPEN);
  });
});

describe("presence ids per link", () => {
  it("a view link holds one presence id: a second is refused while the first keeps updating", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const watcher = await watch(server, board.id, board.facilitatorToken);
    const viewer = await clients.openRaw(server, board.id, board.viewToken);
    viewer.send(awarenessFrame([{ clientId: 21, clock: 1, state: { n: 1 } }]));
    viewer.send(awarenessFrame([{ clientId: 22, clock: 1, state: { n: 1 } }]));
    viewer.send(awarenessFrame([{ clientId: 21, clock: 2, state: { n: 2 } }]));
    await waitFor("the first id's update arrives", () => watcher.awareness.meta.get(21)?.clock === 2);
    await settle();
    expect(watcher.awareness.getStates().has(22)).toBe(false);
    expect(await server.metric(rejected("awareness_not_owned"))).toBeGreaterThanOrEqual(1);
    expect(viewer.readyState).toBe(viewer.OPEN);
  });

  it("an edit link may still hold a few ids (tabs sharing one connection's worth)", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const watcher = await watch(server, board.id, board.viewToken);
    const editor = await clients.openRaw(server, board.id, board.editToken);
    editor.send(
      awarenessFrame([
        { clientId: 31, clock: 1, state: { n: 1 } },
        { clientId: 32, clock: 1, state: { n: 1 } },
      ]),
    );
    await waitFor(
      "both ids arrive",
      () => watcher.awareness.getStates().has(31) && watcher.awareness.getStates().has(32),
    );
  });
});

describe("a board's presence budget (MAX_PRESENCE_BYTES_PER_BOARD)", () => {
  it("a state that would take the board's presence past its budget is dropped; room comes back when someone leaves", async () => {
    const server = clients.track(await TestServer.start({ limits: { maxPresenceBytesPerBoard: 3000 } }));
    const board = await server.createBoard();
    const watcher = await watch(server, board.id, board.viewToken);
    const state = (n: number) => ({ pad: "p".repeat(1200), n });
    const first = await clients.openRaw(server, board.id, board.editToken);
    const second = await clients.openRaw(server, board.id, board.editToken);
    const third = await clients.openRaw(server, board.id, board.editToken);
    first.send(awarenessFrame([{ clientId: 41, clock: 1, state: state(1) }]));
    await waitFor("the first state arrives", () => watcher.awareness.getStates().has(41));
    second.send(awarenessFrame([{ clientId: 42, clock: 1, state: state(1) }]));
    await waitFor("the second state arrives", () => watcher.awareness.getStates().has(42));
    third.send(awarenessFrame([{ clientId: 43, clock: 1, state: state(1) }]));
    await waitFor("the third state is counted as over budget", async () => {
      return (await server.metric(rejected("presence_over_budget"))) === 1;
    });
    expect(watcher.awareness.getStates().has(43)).toBe(false);
    // Dropped, not closed: the connection still edits and may try again.
    expect(third.readyState).toBe(third.OPEN);

    // A state may still change within what it already holds.
    first.send(awarenessFrame([{ clientId: 41, clock: 2, state: state(2) }]));
    await waitFor("the first state's update arrives", () => watcher.awareness.meta.get(41)?.clock === 2);

    first.close();
    await waitFor("the first state is gone", () => !watcher.awareness.getStates().has(41));
    third.send(awarenessFrame([{ clientId: 43, clock: 2, state: state(2) }]));
    await waitFor("the third state now fits", () => watcher.awareness.getStates().has(43));
  });
});
