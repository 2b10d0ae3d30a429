import { afterAll, afterEach, describe, expect, it } from "vitest";
import { addLane } from "@brownpaper/shared";
import type * as awarenessProtocol from "y-protocols/awareness";
import { createLogger } from "../src/logger";
import { RedisBus } from "../src/scale/redis-bus";
import { encodeAwarenessUpdate } from "../src/sync/awareness-guard";
import { awarenessFrame } from "./crafted-messages";
import { startInstances, uniqueSchema } from "./instances";
import { dropSchema } from "./postgres";
import { PresenceWatcher } from "./presence-watcher";
import { TEST_REDIS_URL } from "./redis";
import { opened, SyncClients } from "./sync-clients";
import type { ConfigOverrides, TestServer } from "./test-server";
import { settle, waitFor } from "./wait";

const clients = new SyncClients();
const schemas: string[] = [];
afterEach(() => clients.cleanup());
afterAll(async () => {
  for (const schema of schemas.splice(0)) await dropSchema(schema);
});

async function twoInstances(overrides?: ConfigOverrides): Promise<[TestServer, TestServer]> {
  const schema = uniqueSchema();
  schemas.push(schema);
  const [a, b] = await startInstances(2, { schema, overrides });
  return [clients.track(a!), clients.track(b!)];
}

const nameOf = (awareness: awarenessProtocol.Awareness, clientId: number): string | undefined =>
  (awareness.getStates().get(clientId) as { name?: string } | undefined)?.name;

/**
 * Counts the times `clientId` disappears from an observer's presence. A stock client whose
 * presence is removed puts it back at once, so a removal shows as a flicker, not as an absence.
 */
function departures(awareness: awarenessProtocol.Awareness, clientId: number): () => number {
  let count = 0;
  awareness.on("update", ({ removed }: { removed: number[] }) => {
    if (removed.includes(clientId)) count++;
  });
  return () => count;
}

/**
 * Bob with a stock y-websocket client on instance A, a stock observer on A and a watcher on B
 * who both see him. B's watcher only listens: a stock client there would re-send Bob's state and
 * so, on a server that trusts whoever names an id first, become Bob's owner on B itself.
 */
async function bobOnA() {
  const [a, b] = await twoInstances();
  const board = await a.createBoard();
  const bob = await clients.connectSynced(a, board.id, board.editToken);
  bob.provider.awareness.setLocalStateField("name", "Bob");
  const observerOnA = await clients.connectSynced(a, board.id, board.viewToken);
  const socketOnB = clients.raw(b, board.id, board.viewToken);
  const watcherOnB = new PresenceWatcher(socketOnB);
  await opened(socketOnB);
  const bobId = bob.doc.clientID;
  const observers = [observerOnA.provider.awareness, watcherOnB.awareness] as const;
  for (const observer of observers)
    await waitFor("Bob is seen on both instances", () => nameOf(observer, bobId) === "Bob");
  const bobLeft = observers.map((observer) => departures(observer, bobId));
  return { a, b, board, bob, bobId, observers, bobLeft };
}

describe("presence across instances", () => {
  it("a client on another instance cannot change or clear the presence of a client on this one", async () => {
    const { b, board, bobId, observers, bobLeft } = await bobOnA();
    const mallory = clients.raw(b, board.id, board.editToken);
    await opened(mallory);
    const bobClock = observers[0].meta.get(bobId)!.clock;

    mallory.send(
      awarenessFrame([
        { clientId: bobId, clock: bobClock + 10, state: { name: "Mallory as Bob" } },
        { clientId: 4242, clock: 1, state: { name: "Mallory" } },
      ]),
    );
    for (const observer of observers)
      await waitFor("Mallory's own presence arrives", () => nameOf(observer, 4242) === "Mallory");
    for (const observer of observers) expect(nameOf(observer, bobId)).toBe("Bob");

    mallory.send(
      awarenessFrame([
        { clientId: bobId, clock: bobClock + 20, state: null },
        { clientId: 4242, clock: 2, state: { name: "M2" } },
      ]),
    );
    for (const observer of observers)
      await waitFor("Mallory's second update arrives", () => nameOf(observer, 4242) === "M2");
    await settle(200);
    for (const observer of observers) expect(nameOf(observer, bobId)).toBe("Bob");
    expect(bobLeft.map((count) => count())).toEqual([0, 0]);
  });

  it("an instance keeps its own client's presence when another instance publishes a state for that client", async () => {
    const { board, bobId, observers } = await bobOnA();
    // A third instance that let a spoofed state through (one that heard of Bob too late, say).
    const rogue = new RedisBus(TEST_REDIS_URL, createLogger("silent"));
    try {
      await rogue.ready();
      const bobClock = observers[0].meta.get(bobId)!.clock;
      const spoof = encodeAwarenessUpdate([
        { clientId: bobId, clock: bobClock + 10, stateJson: JSON.stringify({ name: "Not Bob" }) },
        { clientId: 4343, clock: 1, stateJson: JSON.stringify({ name: "Rogue's own" }) },
      ]);
      rogue.publish(board.id, { kind: "awareness", data: spoof });
      await waitFor("the rogue instance's own client arrives on A", () => nameOf(observers[0], 4343) === "Rogue's own");
      expect(nameOf(observers[0], bobId)).toBe("Bob");
    } finally {
      await rogue.close();
    }
  });

  it("an honest client leaving another instance does not take this instance's users with it", async () => {
    const { b, board, bobId, observers, bobLeft } = await bobOnA();
    // A stock y-websocket client re-sends every presence it hears of, Bob's included.
    const carol = await clients.connectSynced(b, board.id, board.editToken);
    carol.provider.awareness.setLocalStateField("name", "Carol");
    const carolId = carol.doc.clientID;
    await waitFor("Carol sees Bob", () => nameOf(carol.provider.awareness, bobId) === "Bob");
    for (const observer of observers) await waitFor("Carol arrives", () => nameOf(observer, carolId) === "Carol");

    carol.provider.disconnect();
    for (const observer of observers) await waitFor("Carol has left", () => !observer.getStates().has(carolId));
    await settle(300);
    for (const observer of observers) expect(nameOf(observer, bobId)).toBe("Bob");
    expect(bobLeft.map((count) => count())).toEqual([0, 0]);
  });

  it("a client that leaves one instance and joins another is present again", async () => {
    const { a, b, board, observers } = await bobOnA();
    // Heard of on B, whose stock clients (here, Carol) re-send it there.
    const carol = await clients.connectSynced(b, board.id, board.editToken);
    const onA = clients.raw(a, board.id, board.editToken);
    await opened(onA);
    onA.send(awarenessFrame([{ clientId: 7070, clock: 1, state: { name: "Ana" } }]));
    for (const observer of [...observers, carol.provider.awareness])
      await waitFor("Ana is present", () => nameOf(observer, 7070) === "Ana");
    onA.close();
    for (const observer of observers) await waitFor("Ana has left", () => !observer.getStates().has(7070));

    const onB = clients.raw(b, board.id, board.editToken);
    await opened(onB);
    onB.send(awarenessFrame([{ clientId: 7070, clock: 3, state: { name: "Ana on B" } }]));
    for (const observer of observers) await waitFor("Ana is back", () => nameOf(observer, 7070) === "Ana on B");
  });
});

/** Bob on instance A, watched there; instance B has not loaded the board. */
async function bobOnAOnly(overrides?: ConfigOverrides) {
  const [a, b] = await twoInstances(overrides);
  const board = await a.createBoard();
  expect(b.server.loadedBoard(board.id)).toBeUndefined();
  const bob = await clients.connectSynced(a, board.id, board.editToken);
  bob.provider.awareness.setLocalStateField("name", "Bob");
  const bobId = bob.doc.clientID;
  const watcherOnA = new PresenceWatcher(clients.raw(a, board.id, board.viewToken));
  await waitFor("Bob is seen on A", () => nameOf(watcherOnA.awareness, bobId) === "Bob");
  return { a, b, board, bob, bobId, watcherOnA };
}

describe("presence on an instance that has just loaded the board", () => {
  it("a client cannot take over the id of a client on another instance by loading the board on its own", async () => {
    const { b, board, bobId, watcherOnA } = await bobOnAOnly();
    const bobClock = watcherOnA.awareness.meta.get(bobId)!.clock;

    // Both reach B before it has the board: Mallory's claim arrives as soon as it has loaded.
    const watcherOnB = new PresenceWatcher(clients.raw(b, board.id, board.viewToken));
    const spoofSeen: string[] = [];
    for (const [where, observer] of [
      ["A", watcherOnA.awareness],
      ["B", watcherOnB.awareness],
    ] as const) {
      observer.on("change", () => {
        if (nameOf(observer, bobId) === "Mallory as Bob") spoofSeen.push(where);
      });
    }
    const mallory = clients.raw(b, board.id, board.editToken);
    await opened(mallory);
    mallory.send(
      awarenessFrame([
        { clientId: bobId, clock: bobClock + 10, state: { name: "Mallory as Bob" } },
        { clientId: 4242, clock: 1, state: { name: "Mallory" } },
      ]),
    );
    for (const observer of [watcherOnA.awareness, watcherOnB.awareness]) {
      await waitFor("Mallory's own presence arrives", () => nameOf(observer, 4242) === "Mallory");
    }
    await settle(200);
    expect(nameOf(watcherOnA.awareness, bobId)).toBe("Bob");
    expect(nameOf(watcherOnB.awareness, bobId)).toBe("Bob");
    expect(spoofSeen).toEqual([]);
  });

  it("a client joining there appears as soon as the other instances have said who is here, not after the whole wait", async () => {
    const { b, board, bobId, watcherOnA } = await bobOnAOnly({ presenceWaitMs: 20_000 });
    const carol = await clients.connectSynced(b, board.id, board.editToken);
    carol.provider.awareness.setLocalStateField("name", "Carol");
    await waitFor("Carol is seen on A", () => nameOf(watcherOnA.awareness, carol.doc.clientID) === "Carol");
    await waitFor("Carol sees Bob", () => nameOf(carol.provider.awareness, bobId) === "Bob");
  });

  it("an instance that never answers delays a new client's presence by the wait at most, and its edits not at all", async () => {
    const { b, board, bob, watcherOnA } = await bobOnAOnly({ presenceWaitMs: 1500 });
    // Subscribed to the board like an instance, but silent: Redis counts it, so B waits for it.
    const silent = new RedisBus(TEST_REDIS_URL, createLogger("silent"));
    try {
      await silent.ready();
      await silent.subscribe(board.id, () => {});
      const joined = Date.now();
      const carol = await clients.connectSynced(b, board.id, board.editToken);
      carol.provider.awareness.setLocalStateField("name", "Carol");
      addLane(carol.doc, { name: "Carol's lane" });
      await waitFor("Carol's edit reaches Bob", () => bob.board().lanes.some((lane) => lane.name === "Carol's lane"));
      expect(nameOf(watcherOnA.awareness, carol.doc.clientID)).toBeUndefined();
      await waitFor("Carol is seen on A", () => nameOf(watcherOnA.awareness, carol.doc.clientID) === "Carol");
      expect(Date.now() - joined).toBeLessThan(4000);
    } finally {
      await silent.close();
    }
  });
});
