import { describe, expect, it } from "vitest";
import { Histogram } from "./histogram";

function exactPercentile(sorted: number[], percent: number): number {
  return sorted[Math.max(0, Math.ceil((percent / 100) * sorted.length) - 1)]!;
}

describe("Histogram", () => {
  it("reports small values exactly", () => {
    const histogram = new Histogram();
    for (let value = 1; value <= 100; value++) histogram.record(value);
    expect(histogram.percentile(50)).toBe(50);
    expect(histogram.percentile(99)).toBe(99);
    expect(histogram.percentile(100)).toBe(100);
    expect(histogram.summary().maxMs).toBe(0.1);
  });

  it("stays within 1.6 % of the exact percentile over six orders of magnitude", () => {
    const histogram = new Histogram();
    const samples: number[] = [];
    let seed = 7;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      const value = Math.round(Math.exp((seed / 2 ** 31) * Math.log(5_000_000)));
      samples.push(value);
      histogram.record(value);
    }
    samples.sort((a, b) => a - b);
    for (const percent of [50, 90, 95, 99, 99.9]) {
      const exact = exactPercentile(samples, percent);
      const reported = histogram.percentile(percent);
      expect(reported).toBeGreaterThanOrEqual(exact);
      expect(reported).toBeLessThanOrEqual(exact * 1.016 + 1);
    }
    expect(histogram.percentile(100)).toBe(samples.at(-1));
  });

  it("never reports a percentile above the largest sample", () => {
    const histogram = new Histogram();
    histogram.record(1_000_001);
    expect(histogram.percentile(99)).toBe(1_000_001);
  });

  it("merges histograms from several load generators as if they were one", () => {
    const left = new Histogram();
    const right = new Histogram();
    const whole = new Histogram();
    for (let value = 0; value < 5000; value += 7) {
      (value % 2 === 0 ? left : right).record(value * 13);
      whole.record(value * 13);
    }
    const merged = Histogram.fromJSON(JSON.parse(JSON.stringify(left))).merge(right);
    expect(merged.toJSON()).toEqual(whole.toJSON());
    expect(merged.summary()).toEqual(whole.summary());
  });

  it("summarises an empty histogram as zeros", () => {
    expect(new Histogram().summary()).toEqual({ count: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0, meanMs: 0 });
  });
});
