import { describe, expect, it } from "vitest";
import type { PeerSummary } from "./summarize";
import { atLeast, formatRatio, throughputRatio } from "./targets";

function peer(sustainedPerSec: number, loadgenLimited: boolean): PeerSummary {
  return { scenarios: {}, idleRssPerBoardBytes: 0, ramp: { sustainedPerSec, loadgenLimited, converged: true }, cold: null };
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
