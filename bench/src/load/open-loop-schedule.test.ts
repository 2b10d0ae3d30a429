import { describe, expect, it } from "vitest";
import { OpenLoopSchedule } from "./open-loop-schedule";

describe("OpenLoopSchedule", () => {
  it("sends each client's edits at its fixed rate however late the ticks come", () => {
    const schedule = new OpenLoopSchedule(50, 2, 1000);
    const perClient = new Array<number>(50).fill(0);
    let last = -Infinity;
    for (const now of [...Array.from({ length: 270 }, (_, tick) => 1000 + tick * 37), 11_000]) {
      schedule.due(now, (client, intendedAt) => {
        expect(intendedAt).toBeGreaterThanOrEqual(last);
        expect(intendedAt).toBeLessThanOrEqual(now);
        last = intendedAt;
        perClient[client]!++;
      });
    }
    for (const count of perClient) expect(count === 20 || count === 21).toBe(true);
  });

  it("catches up on everything due after a long stall instead of skipping it", () => {
    const schedule = new OpenLoopSchedule(10, 10, 0);
    let sends = 0;
    schedule.due(1000, () => sends++);
    expect(sends).toBeGreaterThanOrEqual(100);
    expect(sends).toBeLessThanOrEqual(110);
  });

  it("spreads clients over the period rather than sending in one burst", () => {
    const schedule = new OpenLoopSchedule(100, 1, 0);
    let firstQuarter = 0;
    schedule.due(250, () => firstQuarter++);
    expect(firstQuarter).toBeGreaterThan(5);
    expect(firstQuarter).toBeLessThan(50);
  });
});
