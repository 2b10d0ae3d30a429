import { describe, expect, it } from "vitest";
import type { RunResult } from "../load/load-session";
import { BIG_WORKSHOP } from "../plan";
import type { ScaleOutPhaseResult, ScaleOutRun } from "../server/scale-out-phase";
import type { ScaleOutSetupName } from "../server/scale-out-setups";
import { Histogram } from "../stats/histogram";
import { scaleOutSummaryPart, scaleOutTable, scaleOutTarget, summarizeScaleOut } from "./scale-out";

/** A run whose fan-out latencies are `latenciesMs`, one sample each. */
function run(
  setup: ScaleOutSetupName,
  latenciesMs: number[],
  options: { converged?: boolean; repetition?: number } = {},
): ScaleOutRun {
  const histogram = new Histogram();
  for (const latency of latenciesMs) histogram.recordMillis(latency);
  const result: RunResult = {
    offeredPerSec: 100,
    scheduledInWindow: 800,
    achievedFraction: 1,
    achievedPerSec: 100,
    latency: histogram.summary(),
    histogram: histogram.toJSON(),
    missingDeliveries: options.converged === false ? 3 : 0,
    expectedDeliveries: 39_200,
    sendLagP95Ms: 1,
    sendLagP99Ms: 1,
    loadgenEventLoopP99Ms: 1,
    loadgenCpu: 0.2,
    clientErrors: 0,
  };
  return {
    setup,
    repetition: options.repetition ?? 1,
    clientsPerInstance: setup === "postgres-2" ? [25, 25] : [50],
    run: result,
    convergence: { converged: options.converged ?? true, docs: 52, distinctStateVectors: 1, distinctStates: 1 },
    instanceLoopP99Ms: setup === "postgres-2" ? [2, 4] : [3],
    serviceProcesses: setup === "sqlite-1" ? 0 : 3,
    noise: { foreignCpu: 0.05, iowait: 0.01, loadAverage: 1 },
    attempts: 1,
  };
}

function phase(runs: ScaleOutRun[], skipped: string | null = null): ScaleOutPhaseResult {
  return { scenario: BIG_WORKSHOP, skipped, runs, orders: [], leftoverSchemasDropped: [] };
}

/**
 * 100 samples: p50 is `median`, p99 is `tail` (the top two samples). The values used are the
 * tops of histogram buckets (2.047, 3.071, 10.239, 12.287 ms), so the percentiles are exact.
 */
function latencies(median: number, tail: number): number[] {
  return [...Array.from({ length: 98 }, () => median), tail, tail];
}

describe("scale-out report", () => {
  it("gives two instances ÷ one for p50 and p99 in the summary line", () => {
    const summary = summarizeScaleOut(
      phase([
        run("postgres-1", latencies(2.047, 10.239)),
        run("postgres-2", latencies(3.071, 12.287)),
        run("sqlite-1", latencies(1.023, 5.119)),
      ]),
    );
    expect(summary.ratios.p50.value).toBeCloseTo(1.5, 2);
    expect(summary.ratios.p99.value).toBeCloseTo(1.2, 1);
    expect(scaleOutSummaryPart(summary)).toBe("two instances/one p50 1.50x, p99 1.20x");
  });

  it("pools the passes of a setup before taking percentiles", () => {
    const summary = summarizeScaleOut(
      phase([
        run("postgres-1", latencies(2.047, 10.239)),
        run("postgres-1", latencies(3.071, 10.239), { repetition: 2 }),
        run("postgres-2", latencies(3.071, 10.239)),
      ]),
    );
    const baseline = summary.setups.find((setup) => setup.setup.name === "postgres-1")!;
    expect(baseline.repetitions).toBe(2);
    expect(baseline.latency.count).toBe(200);
    expect(summary.ratios.p99.value).toBeCloseTo(1, 2);
  });

  it("lists the setups in a fixed order, the split marked with its ratios and the baseline as such", () => {
    const table = scaleOutTable(
      summarizeScaleOut(
        phase([
          run("postgres-2", latencies(3.071, 12.287)),
          run("sqlite-1", latencies(1.023, 5.119)),
          run("postgres-1", latencies(2.047, 10.239)),
        ]),
      ),
    );
    expect(table.rows.map((row) => row[0])).toEqual(["sqlite-1", "postgres-1", "postgres-2"]);
    for (const row of table.rows) expect(row).toHaveLength(table.headers.length);
    const ratioColumn = table.headers.indexOf("÷ one instance (p50, p99)");
    expect(table.rows.map((row) => row[ratioColumn])).toEqual(["", "baseline", "1.50x, 1.20x"]);
    expect(table.rows[2]![2]).toBe("25 + 25");
  });

  it("fails the target and says so in the summary when either setup lost an update", () => {
    const summary = summarizeScaleOut(
      phase([
        run("postgres-1", latencies(2.047, 10.239)),
        run("postgres-2", latencies(3.071, 12.287), { converged: false }),
      ]),
    );
    expect(scaleOutTarget(summary).verdict).toBe("MISSED");
    expect(scaleOutSummaryPart(summary)).toBe("two instances/one p50 1.50x, p99 1.20x (NOT CONVERGED)");
    expect(scaleOutTable(summary).rows[1]).toContain("NO (3 lost)");
  });

  it("meets the target when both setups were measured and converged", () => {
    const summary = summarizeScaleOut(
      phase([run("postgres-1", latencies(2.047, 10.239)), run("postgres-2", latencies(3.071, 12.287))]),
    );
    expect(scaleOutTarget(summary)).toMatchObject({ figure: "p50 1.50x, p99 1.20x", verdict: "met" });
  });

  it("has no ratio when a setup failed to run", () => {
    const summary = summarizeScaleOut(phase([run("postgres-1", latencies(2.047, 10.239))]));
    expect(scaleOutSummaryPart(summary)).toBe("two instances/one p50 n/a, p99 n/a");
    expect(scaleOutTarget(summary).verdict).toBe("unknown");
  });

  it("prints why it was skipped", () => {
    const summary = summarizeScaleOut(phase([], "Redis at redis://127.0.0.1:6379 is unreachable (ECONNREFUSED)"));
    expect(scaleOutTable(summary).rows).toEqual([["Redis at redis://127.0.0.1:6379 is unreachable (ECONNREFUSED)"]]);
    expect(scaleOutSummaryPart(summary)).toBe("two instances/one skipped (PostgreSQL or Redis unreachable)");
    expect(scaleOutTarget(summary).verdict).toBe("unknown");
  });
});
