import { describe, expect, it } from "vitest";
import { ConnectionBudget, TokenBucket } from "./rate-limit";

function clock(): { now: () => number; advance: (ms: number) => void } {
  let t = 0;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe("token bucket", () => {
  it("lets a full burst through, then refuses until it has refilled", () => {
    const time = clock();
    const bucket = new TokenBucket(10, 20, time.now);
    for (let i = 0; i < 20; i++) expect(bucket.take(1)).toBe(true);
    expect(bucket.take(1)).toBe(false);
    time.advance(100);
    expect(bucket.take(1)).toBe(true);
    expect(bucket.take(1)).toBe(false);
  });

  it("never holds more than its capacity however long it rests", () => {
    const time = clock();
    const bucket = new TokenBucket(10, 5, time.now);
    time.advance(60_000);
    for (let i = 0; i < 5; i++) expect(bucket.take(1)).toBe(true);
    expect(bucket.take(1)).toBe(false);
  });

  it("an overdrawn bucket stays empty until it has paid back the debt", () => {
    const time = clock();
    const bucket = new TokenBucket(100, 100, time.now);
    expect(bucket.spend(300)).toBe(false);
    time.advance(1500);
    expect(bucket.spend(1)).toBe(false);
    time.advance(1000);
    expect(bucket.spend(1)).toBe(true);
  });
});

describe("connection budget", () => {
  const limits = { messagesPerSecond: 5, bytesPerSecond: 1000, cpuMsPerSecond: 50 };

  it("refuses messages beyond two seconds' worth", () => {
    const budget = new ConnectionBudget(limits, 1024, clock().now);
    for (let i = 0; i < 10; i++) expect(budget.admit(1)).toBe("ok");
    expect(budget.admit(1)).toBe("messages");
  });

  it("always admits one message of the largest allowed size, but not two", () => {
    const budget = new ConnectionBudget(limits, 8000, clock().now);
    expect(budget.admit(8000)).toBe("ok");
    expect(budget.admit(10)).toBe("bytes");
  });

  it("charges server time and reports the connection once it overdraws", () => {
    const budget = new ConnectionBudget(limits, 1024, clock().now);
    expect(budget.charge(60)).toBe(true);
    expect(budget.charge(60)).toBe(false);
  });
});
