import { afterAll, afterEach, describe, expect, it } from "vitest";
import {
  addLane,
  addStep,
  endWalk,
  facilitationRoom,
  flowOrder,
  readFacilitation,
  setLocked,
  setTimer,
  startTimer,
  walkTo,
} from "@brownpaper/shared";
import { startServer } from "../src/server";
import { StartupError } from "../src/storage/open-store";
import { startInstances, uniqueSchema } from "./instances";
import { dropSchema, storedRows, TEST_DATABASE_URL } from "./postgres";
import { PrivateRedis } from "./redis";
import { SyncClients, type SyncClient } from "./sync-clients";
import { tempDir, testConfig, type TestServer } from "./test-server";
import { settle, waitFor } from "./wait";

const clients = new SyncClients();
const schemas: string[] = [];
const redises: PrivateRedis[] = [];
afterEach(async () => {
  await clients.cleanup();
  for (const redis of redises.splice(0)) await redis.stop();
});
afterAll(async () => {
  for (const schema of schemas.splice(0)) await dropSchema(schema);
});

let schema = "";
async function twoInstances(redisUrl?: string): Promise<[TestServer, TestServer]> {
  schema = uniqueSchema();
  schemas.push(schema);
  const [a, b] = await startInstances(2, { schema, ...(redisUrl ? { redisUrl } : {}) });
  return [clients.track(a!), clients.track(b!)];
}

const laneNames = (client: SyncClient): string[] =>
  client
    .board()
    .lanes.map((lane) => lane.name)
    .sort();
const presentNames = (client: SyncClient): string[] =>
  [...client.provider.awareness.getStates().values()]
    .map((state) => (state as { name?: string }).name ?? "")
    .filter(Boolean)
    .sort();

describe("several instances sharing PostgreSQL and Redis", () => {
  it("edits and presence from clients on either instance reach the clients of the other", async () => {
    const [a, b] = await twoInstances();
    const board = await a.createBoard();
    const onA = await clients.connectSynced(a, board.id, board.editToken);
    const onB = await clients.connectSynced(b, board.id, board.editToken);

    addLane(onA.doc, { name: "Sales" });
    addLane(onB.doc, { name: "Finance" });
    await waitFor("both lanes on A", () => laneNames(onA).length === 2);
    await waitFor("both lanes on B", () => laneNames(onB).length === 2);
    expect(laneNames(onA)).toEqual(["Finance", "Sales"]);
    expect(laneNames(onB)).toEqual(["Finance", "Sales"]);

    onA.provider.awareness.setLocalState({ name: "Ada" });
    onB.provider.awareness.setLocalState({ name: "Grace" });
    await waitFor("B sees Ada", () => presentNames(onB).includes("Ada"));
    await waitFor("A sees Grace", () => presentNames(onA).includes("Grace"));

    // Leaving on one instance clears the presence on the other.
    onA.provider.disconnect();
    await waitFor("Ada has left B's view", () => !presentNames(onB).includes("Ada"));

    // Each edit was stored once, by the instance it was made on: the board's first row and two more.
    expect(await storedRows(schema, board.id)).toBe(3);
    const fresh = await clients.connectSynced(b, board.id, board.viewToken);
    expect(laneNames(fresh)).toEqual(["Finance", "Sales"]);
  });

  it("a board loaded late on one instance has what was stored before and what arrives while it loads", async () => {
    const [a, b] = await twoInstances();
    const board = await a.createBoard();
    const writer = await clients.connectSynced(a, board.id, board.editToken);
    let written = 0;
    const timer = setInterval(() => addLane(writer.doc, { name: `Lane ${++written}` }), 5);
    try {
      await waitFor("a few lanes stored", () => written > 10);
      const late = await clients.connectSynced(b, board.id, board.viewToken);
      await settle(100);
      clearInterval(timer);
      await waitFor("the late client has every lane", () => laneNames(late).length === written, 5000);
    } finally {
      clearInterval(timer);
    }
  });

  it("shares the facilitator's timer, and a lock taken on one instance holds on the other", async () => {
    const [a, b] = await twoInstances();
    const board = await a.createBoard();
    const facilitation = await clients.connectSynced(a, facilitationRoom(board.id), board.facilitatorToken);
    const watcher = await clients.connectSynced(b, facilitationRoom(board.id), board.viewToken);
    setTimer(facilitation.doc, startTimer(1000, 300_000));
    await waitFor("B's client sees the timer", () => readFacilitation(watcher.doc).timer.status === "running");
    watcher.provider.destroy();

    // A stock y-websocket client with an edit link on B, connected to the board room only.
    const participant = await clients.connectSynced(b, board.id, board.editToken);
    const facilitator = await clients.connectSynced(a, board.id, board.facilitatorToken);
    setLocked(facilitation.doc, true);
    await settle(300);
    addLane(participant.doc, { name: "Sneaky" });
    addLane(facilitator.doc, { name: "Facilitator's" });
    await waitFor("the facilitator's lane reaches B", () => laneNames(participant).includes("Facilitator's"));
    await settle(300);
    expect(laneNames(await clients.connectSynced(a, board.id, board.viewToken))).toEqual(["Facilitator's"]);
    expect(laneNames(await clients.connectSynced(b, board.id, board.viewToken))).toEqual(["Facilitator's"]);

    setLocked(facilitation.doc, false);
    await settle(300);
    addLane(participant.doc, { name: "After unlock" });
    await waitFor("the participant's edit is applied again", () => laneNames(facilitator).includes("After unlock"));
  });

  it("a walk the facilitator starts and moves on one instance is followed step by step on the other", async () => {
    const [a, b] = await twoInstances();
    const board = await a.createBoard();
    const facilitatorBoard = await clients.connectSynced(a, board.id, board.facilitatorToken);
    const laneId = addLane(facilitatorBoard.doc, { name: "Sales" });
    for (const [x, label] of [
      [0, "Order"],
      [200, "Check"],
      [400, "Ship"],
    ] as const)
      addStep(facilitatorBoard.doc, { laneId, x, label });
    const order = flowOrder(facilitatorBoard.board());
    const facilitator = await clients.connectSynced(a, facilitationRoom(board.id), board.facilitatorToken);
    const followers = [
      await clients.connectSynced(b, facilitationRoom(board.id), board.editToken),
      await clients.connectSynced(b, facilitationRoom(board.id), board.viewToken),
    ];
    const seenOnB = async (what: string, stepId: string | null, visited: string[]) => {
      for (const follower of followers) {
        await waitFor(
          what,
          () =>
            JSON.stringify(readFacilitation(follower.doc).walk) ===
            JSON.stringify({ active: stepId !== null, stepId, visited }),
        );
      }
    };

    walkTo(facilitator.doc, order[0]!);
    await seenOnB("the walk starts on B", order[0]!, [order[0]!]);
    walkTo(facilitator.doc, order[1]!);
    await seenOnB("next", order[1]!, [order[0]!, order[1]!]);
    walkTo(facilitator.doc, order[2]!);
    await seenOnB("next again", order[2]!, [order[0]!, order[1]!, order[2]!]);
    walkTo(facilitator.doc, order[1]!);
    await seenOnB("previous", order[1]!, [order[0]!, order[2]!, order[1]!]);
    endWalk(facilitator.doc);
    await seenOnB("the walk ends on B", null, []);
  });

  it("converges after Redis restarts during edits, without restarting either instance", async () => {
    const redis = await PrivateRedis.start();
    redises.push(redis);
    const [a, b] = await twoInstances(redis.url);
    const board = await a.createBoard();
    const onA = await clients.connectSynced(a, board.id, board.editToken);
    const onB = await clients.connectSynced(b, board.id, board.editToken);
    addLane(onA.doc, { name: "Before" });
    await waitFor("B has the first lane", () => laneNames(onB).includes("Before"));

    await redis.stop();
    addLane(onA.doc, { name: "During on A" });
    addLane(onB.doc, { name: "During on B" });
    await settle(300);
    await redis.restart();

    const all = ["Before", "During on A", "During on B"];
    await waitFor("A's client has every lane", () => laneNames(onA).join() === all.join(), 15_000);
    await waitFor("B's client has every lane", () => laneNames(onB).join() === all.join(), 15_000);
    addLane(onB.doc, { name: "After" });
    await waitFor("live again from B to A", () => laneNames(onA).includes("After"), 10_000);
  });
});

describe("start-up with services that do not answer", () => {
  it("stops with a message naming DATABASE_URL when PostgreSQL cannot be reached", async () => {
    const config = testConfig(tempDir(), { databaseUrl: "postgres://postgres:secret@127.0.0.1:1/test" });
    const started = startServer(config);
    await expect(started).rejects.toThrow(StartupError);
    await expect(started).rejects.toThrow(
      /^PostgreSQL at DATABASE_URL postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/test cannot be used: \w+/,
    );
  });

  it("stops with a message naming REDIS_URL when Redis cannot be reached", async () => {
    const schema = uniqueSchema();
    schemas.push(schema);
    const config = testConfig(tempDir(), {
      databaseUrl: TEST_DATABASE_URL,
      databaseSchema: schema,
      redisUrl: "redis://127.0.0.1:1",
    });
    await expect(startServer(config)).rejects.toThrow(/^Redis at REDIS_URL redis:\/\/127\.0\.0\.1:1 cannot be used/);
  }, 15_000);
});
