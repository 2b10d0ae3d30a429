import * as Y from "yjs";
import { afterEach, describe, expect, it } from "vitest";
import { provider, random, Received, startWriter } from "./crash-rounds";
import { FailoverProxy } from "./failover-proxy";
import { uniqueSchema } from "./instances";
import { dropSchema, TEST_DATABASE_URL } from "./postgres";
import { TEST_REDIS_URL } from "./redis";
import { ServerProcess } from "./server-process";
import { tempDir } from "./test-server";
import { waitFor } from "./wait";

const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** What a fresh client of `syncUrl` holds of the board. */
async function freshDoc(syncUrl: string, boardId: string, token: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const reader = provider(syncUrl, boardId, token, doc);
  cleanups.push(() => reader.destroy());
  await waitFor("a fresh client synced", () => reader.synced, 15_000);
  return doc;
}

describe("an instance killed behind the balancer", () => {
  it("its clients reconnect to the other instance, and a fresh client sees every update any client saw", async () => {
    console.log(`CRASH_SEED=${SEED}`);
    const next = random(SEED);
    const schema = uniqueSchema("bp_failover");
    cleanups.push(() => dropSchema(schema));
    // Compaction every few updates, so the kill also lands around compactions of a shared log.
    const env = {
      DATABASE_URL: TEST_DATABASE_URL,
      DATABASE_SCHEMA: schema,
      REDIS_URL: TEST_REDIS_URL,
      COMPACT_EVERY: "20",
    };
    const doomed = await ServerProcess.start(tempDir("brownpaper-a-"), env);
    cleanups.push(() => doomed.kill("SIGKILL"));
    const survivor = await ServerProcess.start(tempDir("brownpaper-b-"), env);
    cleanups.push(() => survivor.kill("SIGKILL"));
    const proxy = await FailoverProxy.start([doomed.port, survivor.port]);
    cleanups.push(() => proxy.close());

    const board = await doomed.createBoard();
    const received = new Received();
    const writers = Array.from({ length: 4 }, () =>
      startWriter(proxy.syncUrl, board.id, board.editToken, received, next, 300),
    );
    cleanups.push(() => writers.forEach((writer) => writer.stop()));
    await waitFor("writers synced", () => writers.every((writer) => writer.synced()), 15_000);
    // Two clients on each instance, each relaying the others' edits.
    expect(proxy.connectionsTo(doomed.port)).toBe(2);
    expect(proxy.connectionsTo(survivor.port)).toBe(2);
    await waitFor("edits cross between the instances", () => received.structs > 40, 10_000);

    await new Promise((resolve) => setTimeout(resolve, 50 + Math.floor(next() * 300)));
    const exit = await doomed.kill("SIGKILL");
    expect(exit.signal).toBe("SIGKILL");
    const seenBeforeKill = new Received();
    for (const [client, end] of received.clocks) seenBeforeKill.clocks.set(client, end);
    seenBeforeKill.deletions.push(...received.deletions);

    // Straight to the survivor, before the killed instance's clients are back.
    const atOnce = await freshDoc(survivor.syncUrl, board.id, board.viewToken);
    expect(seenBeforeKill.missingFrom(atOnce), `CRASH_SEED=${SEED}`).toEqual([]);

    await waitFor(
      "every writer reconnected (to the survivor) and synced",
      () => writers.every((writer) => writer.synced()),
      15_000,
    );
    expect(proxy.connectionsTo(survivor.port)).toBe(4);
    const afterReconnect = received.structs;
    await waitFor("the writers keep editing together", () => received.structs > afterReconnect + 40, 10_000);
    writers.forEach((writer) => writer.stop());

    const last = await freshDoc(proxy.syncUrl, board.id, board.viewToken);
    expect(received.missingFrom(last), `CRASH_SEED=${SEED}`).toEqual([]);
  }, 60_000);
});
