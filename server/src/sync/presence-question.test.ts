import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PresenceQuestion } from "./presence-question";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function question(waitMs = 1000) {
  let settled = 0;
  return { question: new PresenceQuestion(waitMs, () => settled++), settled: () => settled };
}

describe("PresenceQuestion", () => {
  it("settles once every instance that heard it has answered, whichever comes first", () => {
    const { question: asked, settled } = question();
    const id = asked.ask();
    asked.answered(id);
    expect(settled()).toBe(0);
    asked.heardBy(id, 2);
    expect(settled()).toBe(0);
    asked.answered(id);
    expect(settled()).toBe(1);
    vi.advanceTimersByTime(5000);
    expect(settled()).toBe(1);
  });

  it("settles at once when no other instance heard it", () => {
    const { question: asked, settled } = question();
    asked.heardBy(asked.ask(), 0);
    expect(settled()).toBe(1);
  });

  it("settles after its wait when an instance does not answer", () => {
    const { question: asked, settled } = question(1000);
    asked.heardBy(asked.ask(), 1);
    vi.advanceTimersByTime(999);
    expect(settled()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(settled()).toBe(1);
  });

  it("does not count answers to another question, and asking again keeps the first deadline", () => {
    const { question: asked, settled } = question(1000);
    const first = asked.ask();
    vi.advanceTimersByTime(600);
    const second = asked.ask();
    asked.heardBy(second, 1);
    asked.answered(first);
    asked.answered(new Uint8Array(8));
    expect(settled()).toBe(0);
    vi.advanceTimersByTime(400);
    expect(settled()).toBe(1);
  });

  it("never settles once cancelled", () => {
    const { question: asked, settled } = question(1000);
    asked.ask();
    asked.cancel();
    vi.advanceTimersByTime(2000);
    expect(settled()).toBe(0);
  });
});
