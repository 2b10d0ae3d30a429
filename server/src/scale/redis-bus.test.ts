import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../logger";
import { RedisBus } from "./redis-bus";
import type { BusMessage } from "./board-bus";
import { PrivateRedis, TEST_REDIS_URL } from "../../test/redis";
import { settle, waitFor } from "../../test/wait";

const logger = createLogger("silent");
const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const item of opened.splice(0)) await item.close();
});

async function bus(url = TEST_REDIS_URL): Promise<RedisBus> {
  const created = new RedisBus(url, logger);
  opened.push(created);
  await created.ready();
  return created;
}

const room = () => `b_test${Math.random().toString(36).slice(2, 12)}`;

describe("Redis board bus", () => {
  it("delivers one instance's messages to the others on the same room, not back to itself nor to other rooms", async () => {
    const [a, b] = [await bus(), await bus()];
    const shared = room();
    const other = room();
    const gotA: BusMessage[] = [];
    const gotB: BusMessage[] = [];
    const gotOther: BusMessage[] = [];
    await a.subscribe(shared, (message) => gotA.push(message));
    await b.subscribe(shared, (message) => gotB.push(message));
    await b.subscribe(other, (message) => gotOther.push(message));
    a.publish(shared, { kind: "update", data: new Uint8Array([1, 2, 3]) });
    a.publish(shared, { kind: "awareness", data: new Uint8Array([9]) });
    await waitFor("b hears both", () => gotB.length === 2);
    await settle(100);
    expect(gotB).toEqual([
      { kind: "update", data: new Uint8Array([1, 2, 3]) },
      { kind: "awareness", data: new Uint8Array([9]) },
    ]);
    expect(gotA).toEqual([]);
    expect(gotOther).toEqual([]);
  });

  it("counts the other instances with a room subscribed when publishing to it", async () => {
    const [a, b, c] = [await bus(), await bus(), await bus()];
    const shared = room();
    const question = { kind: "presence-query", data: new Uint8Array([1]) } as const;
    await a.subscribe(shared, () => {});
    expect(await a.publishCounted(shared, question)).toBe(0);
    await b.subscribe(shared, () => {});
    await c.subscribe(shared, () => {});
    expect(await a.publishCounted(shared, question)).toBe(2);
    await c.unsubscribe(shared);
    expect(await c.publishCounted(shared, question)).toBe(2);
  });

  it("cannot count the other instances while Redis is away, and says so rather than answering none", async () => {
    const redis = await PrivateRedis.start();
    opened.push({ close: () => redis.stop() });
    const a = await bus(redis.url);
    const shared = room();
    await a.subscribe(shared, () => {});
    await redis.stop();
    await waitFor(
      "a notices Redis has gone",
      async () => (await a.publishCounted(shared, { kind: "presence-query", data: new Uint8Array([1]) })) === null,
      5_000,
    );
    await redis.restart();
    await waitFor(
      "a counts again",
      async () => (await a.publishCounted(shared, { kind: "presence-query", data: new Uint8Array([2]) })) === 0,
      10_000,
    );
  });

  it("stops delivering after unsubscribe", async () => {
    const [a, b] = [await bus(), await bus()];
    const shared = room();
    const got: BusMessage[] = [];
    await b.subscribe(shared, (message) => got.push(message));
    await b.unsubscribe(shared);
    a.publish(shared, { kind: "update", data: new Uint8Array([1]) });
    await settle(150);
    expect(got).toEqual([]);
  });

  it("comes back after Redis restarts, resubscribed, and asks rooms to resync", async () => {
    const redis = await PrivateRedis.start();
    opened.push({ close: () => redis.stop() });
    const [a, b] = [await bus(redis.url), await bus(redis.url)];
    const shared = room();
    const got: BusMessage[] = [];
    let resyncs = 0;
    b.onResync(() => resyncs++);
    await b.subscribe(shared, (message) => got.push(message));
    await redis.stop();
    await settle(200);
    await redis.restart();
    await waitFor("b resynced", () => resyncs >= 1, 10_000);
    await waitFor(
      "a delivers again",
      async () => {
        a.publish(shared, { kind: "update", data: new Uint8Array([7]) });
        await settle(50);
        return got.length > 0;
      },
      10_000,
    );
    expect(got[0]).toEqual({ kind: "update", data: new Uint8Array([7]) });
  });
});
