import { afterAll, afterEach, describe, expect, it } from "vitest";
import type * as awarenessProtocol from "y-protocols/awareness";
import { createLogger } from "./logger";
import { RedisBus } from "./scale/redis-bus";
import { encodeAwarenessUpdate } from "./sync/awareness-guard";
import { awarenessFrame } from "./test/crafted-messages";
import { startInstances, uniqueSchema } from "./test/instances";
import { dropSchema } from "./test/postgres";
import { PresenceWatcher } from "./test/presence-watcher";
import { TEST_REDIS_URL } from "./test/redis";
import { opened, SyncClients } from "./test/sync-clients";
import type { TestServer } from "./test/test-server";
import { settle, waitFor } from "./test/wait";

const clients = new SyncClients();
const schemas: string[] = [];
afterEach(() => clients.cleanup());
afterAll(async () => {
  for (const schema of schemas.splice(0)) await dropSchema(schema);
});

async function twoInstances(): Promise<[TestServer, TestServer]> {
  const schema = uniqueSchema();
  schemas.push(schema);
  const [a, b] = await startInstances(2, { schema });
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
  for (const observer of observers) await waitFor("Bob is seen on both instances", () => nameOf(observer, bobId) === "Bob");
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
    for (const observer of observers) await waitFor("Mallory's own presence arrives", () => nameOf(observer, 4242) === "Mallory");
    for (const observer of observers) expect(nameOf(observer, bobId)).toBe("Bob");

    mallory.send(awarenessFrame([{ clientId: bobId, clock: bobClock + 20, state: null }, { clientId: 4242, clock: 2, state: { name: "M2" } }]));
    for (const observer of observers) await waitFor("Mallory's second update arrives", () => nameOf(observer, 4242) === "M2");
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
    for (const observer of [...observers, carol.provider.awareness]) await waitFor("Ana is present", () => nameOf(observer, 7070) === "Ana");
    onA.close();
    for (const observer of observers) await waitFor("Ana has left", () => !observer.getStates().has(7070));

    const onB = clients.raw(b, board.id, board.editToken);
    await opened(onB);
    onB.send(awarenessFrame([{ clientId: 7070, clock: 3, state: { name: "Ana on B" } }]));
    for (const observer of observers) await waitFor("Ana is back", () => nameOf(observer, 7070) === "Ana on B");
  });
});
