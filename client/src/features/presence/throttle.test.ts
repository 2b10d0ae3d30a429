import { describe, expect, it } from "vitest";
import { throttle, type Clock } from "./throttle";

function fakeClock() {
  let now = 0;
  let timers: Array<{ at: number; run: () => void; id: number }> = [];
  let nextId = 1;
  const clock: Clock = {
    now: () => now,
    setTimeout: (run, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimeout: (id) => (timers = timers.filter((timer) => timer.id !== id)),
  };
  const advance = (ms: number) => {
    now += ms;
    const due = timers.filter((timer) => timer.at <= now);
    timers = timers.filter((timer) => timer.at > now);
    for (const timer of due) timer.run();
  };
  return { clock, advance };
}

describe("cursor throttling", () => {
  it("sends the first position at once", () => {
    const { clock } = fakeClock();
    const sent: number[] = [];
    throttle<number>((value) => sent.push(value), 50, clock).push(1);
    expect(sent).toEqual([1]);
  });

  it("sends at most one position per interval, and the latest one", () => {
    const { clock, advance } = fakeClock();
    const sent: number[] = [];
    const cursor = throttle<number>((value) => sent.push(value), 50, clock);
    cursor.push(1);
    for (let value = 2; value <= 20; value++) {
      advance(5);
      cursor.push(value);
    }
    // 95 ms of moves: the first at once, then at 50 ms the one pushed last before it.
    expect(sent).toEqual([1, 10]);
    advance(50);
    expect(sent).toEqual([1, 10, 20]);
  });

  it("never loses the last position", () => {
    const { clock, advance } = fakeClock();
    const sent: number[] = [];
    const cursor = throttle<number>((value) => sent.push(value), 50, clock);
    cursor.push(1);
    advance(10);
    cursor.push(2);
    advance(100);
    expect(sent).toEqual([1, 2]);
  });

  it("sends a pending position on flush and nothing after cancel", () => {
    const { clock, advance } = fakeClock();
    const sent: number[] = [];
    const cursor = throttle<number>((value) => sent.push(value), 50, clock);
    cursor.push(1);
    cursor.push(2);
    cursor.flush();
    cursor.push(3);
    cursor.cancel();
    advance(100);
    expect(sent).toEqual([1, 2]);
  });
});
