import { describe, expect, it } from "vitest";
import type { RunResult } from "../load/load-session";
import { endedAtLoadgenCeiling, judge, type RampStep } from "./ramp";

function run(p99Ms: number, achievedFraction = 1, missingDeliveries = 0): RunResult {
  return {
    offeredPerSec: 1000,
    scheduledInWindow: 5000,
    achievedFraction,
    achievedPerSec: 1000 * achievedFraction,
    latency: { count: 100, p50Ms: 1, p95Ms: p99Ms, p99Ms, maxMs: p99Ms, meanMs: 1 },
    histogram: { count: 0, min: 0, max: 0, sum: 0, buckets: [] },
    missingDeliveries,
    expectedDeliveries: 20_000,
    sendLagP95Ms: 1,
    sendLagP99Ms: 1,
    loadgenEventLoopP99Ms: 1,
    loadgenCpu: 0.5,
    clientErrors: 0,
  };
}

function step(ratePerClient: number, sustained: boolean, loadgenBound = false): RampStep {
  return {
    ratePerClient,
    run: run(1),
    peerEventLoopP99Ms: 1,
    sustained,
    miss: null,
    loadgenBound,
    noise: { foreignCpu: 0, iowait: 0, loadAverage: 0 },
  };
}

describe("ramp verdicts", () => {
  it("sustain a rate only with p99 under the limit, 99 % achieved and nothing lost", () => {
    expect(judge(run(49), 50).sustained).toBe(true);
    expect(judge(run(50), 50).miss).toMatch(/p99/);
    expect(judge(run(10, 0.98), 50).miss).toMatch(/achieved 98.0 %/);
    expect(judge(run(10, 1, 3), 50).miss).toMatch(/3 deliveries lost/);
  });

  it("call the result a floor when the ramp ran out of rates with the peer still keeping up", () => {
    expect(endedAtLoadgenCeiling([step(1, true), step(2, true), step(4, true, true)])).toBe(true);
  });

  it("call the result a floor when the rate that failed twice had a saturated load generator", () => {
    expect(endedAtLoadgenCeiling([step(1, true), step(2, false, true), step(2, false, true)])).toBe(true);
  });

  it("call the result the peer's own limit when it failed twice with the load generator keeping up", () => {
    expect(endedAtLoadgenCeiling([step(1, true), step(2, false), step(2, false), step(1.5, false)])).toBe(false);
    expect(endedAtLoadgenCeiling([step(1, false), step(1, true), step(2, false), step(2, false)])).toBe(false);
  });
});
