import { describe, expect, it } from "vitest";
import { CreationRate } from "./creation-rate";

describe("CreationRate", () => {
  it("lets a minute's worth through, refuses the next until the oldest is a minute old", () => {
    let now = 0;
    const rate = new CreationRate(30, () => now);
    for (let i = 0; i < 30; i++) {
      expect(rate.take("10.0.0.1")).toEqual({ ok: true });
      now += 1000;
    }
    expect(rate.take("10.0.0.1")).toEqual({ ok: false, retryAfterSeconds: 30 });
    now = 59_999;
    expect(rate.take("10.0.0.1")).toEqual({ ok: false, retryAfterSeconds: 1 });
    now = 60_001;
    expect(rate.take("10.0.0.1")).toEqual({ ok: true });
    expect(rate.take("10.0.0.1").ok).toBe(false);
  });

  it("counts each address on its own", () => {
    const rate = new CreationRate(1, () => 0);
    expect(rate.take("10.0.0.1").ok).toBe(true);
    expect(rate.take("10.0.0.1")).toEqual({ ok: false, retryAfterSeconds: 60 });
    expect(rate.take("10.0.0.2").ok).toBe(true);
  });

  it("never refuses when the limit is 0 (off)", () => {
    const rate = new CreationRate(0, () => 0);
    for (let i = 0; i < 100; i++) expect(rate.take("10.0.0.1").ok).toBe(true);
  });
});
