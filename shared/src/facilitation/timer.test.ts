import { describe, expect, it } from "vitest";
import {
  addTime,
  formatRemaining,
  isTimeUp,
  parseTimer,
  pauseTimer,
  remainingMs,
  resumeTimer,
  startTimer,
} from "./timer";

describe("workshop timer", () => {
  it("counts down from a shared end time, so a late joiner sees the same remaining time", () => {
    const timer = startTimer(1_000_000, 5 * 60_000);
    expect(remainingMs(timer, 1_000_000)).toBe(300_000);
    // someone joining 100 s later computes from the same stored end time
    expect(remainingMs(timer, 1_100_000)).toBe(200_000);
    expect(formatRemaining(remainingMs(timer, 1_100_000))).toBe("3:20");
  });

  it("pauses, resumes where it stopped, and adds a minute", () => {
    let timer = startTimer(0, 120_000);
    timer = pauseTimer(timer, 30_000);
    expect(remainingMs(timer, 999_999)).toBe(90_000);
    timer = resumeTimer(timer, 500_000);
    expect(remainingMs(timer, 510_000)).toBe(80_000);
    timer = addTime(timer, 510_000);
    expect(remainingMs(timer, 510_000)).toBe(140_000);
    expect(timer).toMatchObject({ durationMs: 180_000 });
  });

  it("is up at zero, never negative, and a minute added after zero starts from now", () => {
    const timer = startTimer(0, 60_000);
    expect(isTimeUp(timer, 59_999)).toBe(false);
    expect(isTimeUp(timer, 60_000)).toBe(true);
    expect(remainingMs(timer, 90_000)).toBe(0);
    expect(formatRemaining(0)).toBe("0:00");
    expect(formatRemaining(1)).toBe("0:01");
    expect(remainingMs(addTime(timer, 90_000), 90_000)).toBe(60_000);
  });

  it("reads garbage as an idle timer", () => {
    expect(parseTimer({ status: "running", endsAt: "soon" })).toEqual({ status: "idle" });
    expect(parseTimer(null)).toEqual({ status: "idle" });
    expect(parseTimer({ status: "paused", remainingMs: -5, durationMs: 10 })).toEqual({
      status: "paused",
      remainingMs: 0,
      durationMs: 10,
    });
  });
});
