import { describe, expect, it } from "vitest";
import { FanoutTracker } from "./fanout-tracker";

const SENDER = 1;
const ALICE = 2;
const BOB = 3;

describe("FanoutTracker", () => {
  it("times each edit to each other client from its send to the moment that client applied it", () => {
    const tracker = new FanoutTracker();
    tracker.sentEdit(SENDER, 5, 100, 2);
    tracker.applied(ALICE, SENDER, 5, 103);
    tracker.applied(BOB, SENDER, 5, 110);
    expect(tracker.latency.count).toBe(2);
    expect(tracker.latency.summary().maxMs).toBe(10);
    expect(tracker.allDelivered).toBe(true);
    expect(tracker.counts(110)).toMatchObject({ measuredSent: 1, completedByDeadline: 1, missingDeliveries: 0 });
  });

  it("credits every edit an update carries when a receiver gets several at once", () => {
    const tracker = new FanoutTracker();
    tracker.sentEdit(SENDER, 5, 10, 1);
    tracker.sentEdit(SENDER, 10, 20, 1);
    tracker.sentEdit(SENDER, 15, 30, 1);
    tracker.applied(ALICE, SENDER, 10, 40);
    expect(tracker.latency.count).toBe(2);
    expect(tracker.counts(1000).missingDeliveries).toBe(1);
    tracker.applied(ALICE, SENDER, 15, 50);
    expect(tracker.allDelivered).toBe(true);
    expect(tracker.latency.summary().p50Ms).toBeGreaterThanOrEqual(20);
    expect(tracker.latency.summary().p50Ms).toBeLessThan(20 * 1.016);
  });

  it("ignores the sender hearing its own edit echoed back", () => {
    const tracker = new FanoutTracker();
    tracker.sentEdit(SENDER, 5, 10, 1);
    tracker.applied(SENDER, SENDER, 5, 11);
    expect(tracker.latency.count).toBe(0);
    expect(tracker.allDelivered).toBe(false);
  });

  it("counts edits outside the window for loss but not for latency", () => {
    const tracker = new FanoutTracker();
    tracker.sentEdit(SENDER, 5, 50, 1, false);
    tracker.sentEdit(SENDER, 10, 150, 1, true);
    tracker.sentEdit(SENDER, 15, 250, 1, false);
    tracker.applied(ALICE, SENDER, 15, 300);
    expect(tracker.latency.count).toBe(1);
    expect(tracker.counts(300)).toEqual({
      measuredSent: 1,
      completedByDeadline: 1,
      missingDeliveries: 0,
      expectedDeliveries: 3,
    });
  });

  it("does not count an edit as complete past the deadline", () => {
    const tracker = new FanoutTracker();
    tracker.sentEdit(SENDER, 5, 10, 2);
    tracker.applied(ALICE, SENDER, 5, 20);
    tracker.applied(BOB, SENDER, 5, 500);
    expect(tracker.counts(200).completedByDeadline).toBe(0);
    expect(tracker.counts(500).completedByDeadline).toBe(1);
  });
});
