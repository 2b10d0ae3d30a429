import { describe, expect, it } from "vitest";
import type { PeerSummary } from "./summarize";
import { atLeast, formatRatio, throughputRatio } from "./targets";

function peer(sustainedPerSec: number, loadgenLimited: boolean): PeerSummary {
  return {
    scenarios: {},
    idleRssPerBoardBytes: 0,
    ramp: { sustainedPerSec, loadgenLimited, converged: true },
    cold: null,
  };
}

describe("throughput ratios", () => {
  it("are exact when both peers hit their own limit", () => {
    const ratio = throughputRatio(peer(1500, false), peer(1000, false));
    expect(formatRatio(ratio)).toBe("1.50x");
    expect(atLeast(ratio, 1)).toBe("met");
  });

  it("are an upper bound when the reference outran the load generator, and a miss below the target", () => {
    const ratio = throughputRatio(peer(1000, false), peer(2000, true));
    expect(formatRatio(ratio)).toBe("≤0.50x");
    expect(atLeast(ratio, 1)).toBe("MISSED");
    expect(atLeast(throughputRatio(peer(3000, false), peer(2000, true)), 1)).toBe("unknown");
  });

  it("are a lower bound when Brownpaper outran the load generator", () => {
    const ratio = throughputRatio(peer(2000, true), peer(1000, false));
    expect(formatRatio(ratio)).toBe("≥2.00x");
    expect(atLeast(ratio, 1.5)).toBe("met");
  });

  it("say nothing when both outran it", () => {
    expect(formatRatio(throughputRatio(peer(2000, true), peer(2000, true)))).toBe("n/a");
  });
});

describe("report tables", () => {
  it("give every row as many cells as the header has", async () => {
    const { scenarioTable, peerTable } = await import("./tables");
    const summary: PeerSummary = {
      scenarios: {
        "big-workshop": {
          offeredPerSec: 100,
          achievedPerSec: 100,
          latency: { count: 1, p50Ms: 1, p95Ms: 1, p99Ms: 1, maxMs: 1, meanMs: 1 },
          converged: true,
          missingDeliveries: 0,
          peerEventLoopP99Ms: 1,
          rssPerLoadedBoardBytes: 1024,
          loadgenSaturated: false,
          repetitions: 1,
          foreignCpu: 0,
          iowait: 0,
        },
      },
      idleRssPerBoardBytes: 1024,
      ramp: null,
      cold: null,
    };
    const peers = { brownpaper: summary, "y-websocket": summary, hocuspocus: summary };
    for (const table of [scenarioTable(peers), peerTable(peers)]) {
      for (const row of table.rows) expect(row).toHaveLength(table.headers.length);
    }
  });
});
