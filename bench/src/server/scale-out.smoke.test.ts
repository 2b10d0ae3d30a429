import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LoadSession } from "../load/load-session";
import { PeerProcess } from "../peers/peer-process";
import { BIG_WORKSHOP } from "../plan";
import { DATABASE_URL, dropSchema, REDIS_URL, schemaName, unavailableReason } from "./scale-out-services";

const unavailable = await unavailableReason();

/**
 * The scale-out phase must not rot either: a small workshop split across two real instances
 * sharing a fresh PostgreSQL schema and Redis, for a few seconds. Skipped where neither runs.
 */
describe.skipIf(unavailable !== null)("bench smoke run across two instances", () => {
  const schema = schemaName();
  const instances: PeerProcess[] = [];

  beforeAll(async () => {
    const env = {
      DATABASE_URL,
      DATABASE_SCHEMA: schema,
      REDIS_URL,
      BROWNPAPER_SECRET: randomBytes(32).toString("base64"),
    };
    for (let i = 0; i < 2; i++) instances.push(await PeerProcess.start("brownpaper", { env }));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    for (const instance of instances) instance.removeDataDir();
    await dropSchema(schema);
  });

  it("fans edits out between clients on either instance, and a fresh client on each converges", async () => {
    const ports = instances.map((instance) => instance.port);
    const session = await LoadSession.open({
      peer: "brownpaper",
      port: ports[0]!,
      instancePorts: ports,
      boards: 1,
      clientsPerBoard: 8,
    });
    try {
      expect(new Set(session.clients.map((client) => new URL(client.address.url).port))).toEqual(
        new Set(ports.map(String)),
      );
      const run = await session.run({
        ratePerClient: BIG_WORKSHOP.ratePerClient,
        warmupMs: 500,
        measureMs: 2500,
        graceMs: 1000,
        drainMs: 10_000,
      });
      expect(run.latency.count).toBeGreaterThan(0);
      expect(run.missingDeliveries).toBe(0);
      expect(run.clientErrors).toBe(0);
      expect(await session.convergence()).toMatchObject({ converged: true, docs: 10 });
    } finally {
      await session.disconnect();
      session.close();
    }
  }, 60_000);
});
