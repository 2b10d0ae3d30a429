import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LoadSession } from "./load/load-session";
import { PeerProcess } from "./peers/peer-process";
import { BIG_WORKSHOP } from "./plan";

/**
 * The bench itself must not rot: a scaled-down big workshop against Brownpaper's real server,
 * started the way `pnpm bench` starts it, for about five seconds. No timing is asserted.
 */
describe("bench smoke run", () => {
  let peer: PeerProcess;

  beforeAll(async () => {
    peer = await PeerProcess.start("brownpaper");
  }, 60_000);

  afterAll(async () => {
    await peer?.stop();
    peer?.removeDataDir();
  });

  it("drives a small workshop open loop against Brownpaper and every client converges", async () => {
    const session = await LoadSession.open({
      peer: "brownpaper",
      port: peer.port,
      boards: BIG_WORKSHOP.boards,
      clientsPerBoard: 8,
    });
    try {
      const run = await session.run({
        ratePerClient: BIG_WORKSHOP.ratePerClient,
        warmupMs: 1000,
        measureMs: 4000,
        graceMs: 1000,
        drainMs: 10_000,
      });
      expect(run.scheduledInWindow).toBeGreaterThan(0);
      expect(run.latency.count).toBeGreaterThan(0);
      expect(run.missingDeliveries).toBe(0);
      expect(run.clientErrors).toBe(0);
      const convergence = await session.convergence();
      expect(convergence).toMatchObject({ converged: true, docs: 9 });
      expect((await peer.stats()).rssBytes).toBeGreaterThan(0);
    } finally {
      await session.disconnect();
      session.close();
    }
  }, 60_000);
});
