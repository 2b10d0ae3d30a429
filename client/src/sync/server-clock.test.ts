import { afterEach, describe, expect, it } from "vitest";
import { remainingMs, startTimer } from "@brownpaper/shared";
import { createServerClock, estimateOffset, type ServerClock } from "./server-clock";

/** A server whose clock is the true time, reached over a link with the given one-way delays. */
function simulatedServer(trueTime: { ms: number }, upMs: number, downMs: number) {
  return async () => {
    trueTime.ms += upMs;
    const reading = trueTime.ms;
    trueTime.ms += downMs;
    return reading;
  };
}

const opened: ServerClock[] = [];
afterEach(() => opened.splice(0).forEach((clock) => clock.destroy()));

/** A browser whose own clock is `skewMs` off the true time, with its clock synced to the server's. */
async function skewedBrowser(trueTime: { ms: number }, skewMs: number, upMs = 20, downMs = 20): Promise<ServerClock> {
  const clock = createServerClock({
    readServer: simulatedServer(trueTime, upMs, downMs),
    localNow: () => trueTime.ms + skewMs,
  });
  opened.push(clock);
  await clock.sync();
  return clock;
}

describe("estimating the server's clock", () => {
  it("finds a clock running a minute fast from the middle of the round trip", () => {
    // Local clock 60 s ahead; the server answered 50 ms into a 100 ms round trip.
    expect(estimateOffset([{ sentAt: 1_060_000, serverNow: 1_000_050, receivedAt: 1_060_100 }])).toEqual({
      offsetMs: -60_000,
      uncertaintyMs: 50,
    });
  });

  it("trusts the sample with the shortest round trip", () => {
    const estimate = estimateOffset([
      { sentAt: 0, serverNow: 5_000 + 900, receivedAt: 1_000 },
      { sentAt: 2_000, serverNow: 7_000 + 10, receivedAt: 2_020 },
      { sentAt: 3_000, serverNow: 8_000 + 300, receivedAt: 3_400 },
    ]);
    expect(estimate).toEqual({ offsetMs: 5_000, uncertaintyMs: 10 });
  });

  it("has no estimate without a usable sample", () => {
    expect(estimateOffset([])).toBeNull();
    expect(estimateOffset([{ sentAt: 10, serverNow: 5, receivedAt: 5 }])).toBeNull();
  });

  it("is off by no more than half the round trip however lopsided the link", async () => {
    const trueTime = { ms: 1_700_000_000_000 };
    const clock = await skewedBrowser(trueTime, 45_000, 5, 95);
    expect(Math.abs(clock.now() - trueTime.ms)).toBeLessThanOrEqual(50);
  });

  it("keeps the last estimate when the server cannot be reached", async () => {
    const trueTime = { ms: 1_700_000_000_000 };
    let reachable = true;
    const read = simulatedServer(trueTime, 10, 10);
    const clock = createServerClock({
      readServer: () => (reachable ? read() : Promise.reject(new Error("offline"))),
      localNow: () => trueTime.ms - 30_000,
    });
    opened.push(clock);
    await clock.sync();
    reachable = false;
    await clock.sync();
    expect(Math.abs(clock.now() - trueTime.ms)).toBeLessThanOrEqual(10);
  });
});

describe("the workshop timer on screens whose clocks disagree", () => {
  it("shows the same remaining time to a facilitator running slow and a participant running fast", async () => {
    const trueTime = { ms: 1_700_000_000_000 };
    const facilitator = await skewedBrowser(trueTime, -70_000);
    const participant = await skewedBrowser(trueTime, 95_000, 40, 10);

    const timer = startTimer(facilitator.now(), 5 * 60_000);
    const byOwnClocks = startTimer(trueTime.ms - 70_000, 5 * 60_000);
    trueTime.ms += 60_000;
    expect(Math.abs(remainingMs(timer, participant.now()) - 4 * 60_000)).toBeLessThanOrEqual(50);
    expect(Math.abs(remainingMs(timer, participant.now()) - remainingMs(timer, facilitator.now()))).toBeLessThanOrEqual(
      50,
    );
    // Counting by their own clocks, the participant would see 1:15 left instead of 4:00.
    expect(remainingMs(byOwnClocks, trueTime.ms + 95_000)).toBe(75_000);
  });
});
