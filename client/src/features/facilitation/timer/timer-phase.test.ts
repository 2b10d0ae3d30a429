import { describe, expect, it } from "vitest";
import { IDLE_TIMER, addTime, pauseTimer, startTimer } from "@brownpaper/shared";
import { signalsTimeUp, timerPhase } from "./timer-phase";

const timebox = startTimer(10_000, 60_000);

describe("the timebox's phase on a screen", () => {
  it("counts down until the end time, then is up", () => {
    expect(timerPhase(timebox, 69_999)).toBe("running");
    expect(timerPhase(timebox, 70_000)).toBe("up");
  });

  it("is paused while paused, even past the end time, and idle when stopped", () => {
    expect(timerPhase(pauseTimer(timebox, 20_000), 999_999)).toBe("paused");
    expect(timerPhase(IDLE_TIMER, 0)).toBe("idle");
  });

  it("runs again when a minute is added after time was up", () => {
    expect(timerPhase(addTime(timebox, 80_000), 80_000)).toBe("running");
  });
});

describe("when the time's-up signal sounds", () => {
  it("sounds on a screen that saw the countdown reach zero", () => {
    expect(signalsTimeUp("running", "up")).toBe(true);
  });

  it("stays silent for someone who arrives after the time ran out", () => {
    expect(signalsTimeUp(null, "up")).toBe(false);
    expect(signalsTimeUp("idle", "up")).toBe(false);
  });

  it("does not sound again while time stays up, nor on a pause, a stop or a minute added", () => {
    expect(signalsTimeUp("up", "up")).toBe(false);
    expect(signalsTimeUp("running", "paused")).toBe(false);
    expect(signalsTimeUp("running", "idle")).toBe(false);
    expect(signalsTimeUp("up", "running")).toBe(false);
  });
});
