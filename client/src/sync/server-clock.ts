/** One round trip to `GET /api/time`: when it left and came back by this browser's clock, and what the server's clock said. */
export interface ClockSample {
  sentAt: number;
  serverNow: number;
  receivedAt: number;
}

export interface ClockOffset {
  /** Add to this browser's clock to get the server's. */
  offsetMs: number;
  /** The most the estimate can be off by: half the round trip it came from. */
  uncertaintyMs: number;
}

/**
 * NTP's estimate: the server read its clock somewhere within the round trip, most likely about
 * halfway, so the offset is the server's reading minus the local midpoint, off by at most half
 * the round trip. The sample with the shortest round trip is the tightest. Samples whose clock
 * ran backwards are ignored; no usable sample gives null.
 */
export function estimateOffset(samples: readonly ClockSample[]): ClockOffset | null {
  let best: ClockSample | null = null;
  for (const sample of samples) {
    if (!Number.isFinite(sample.serverNow) || sample.receivedAt < sample.sentAt) continue;
    if (best === null || sample.receivedAt - sample.sentAt < best.receivedAt - best.sentAt) best = sample;
  }
  if (best === null) return null;
  const roundTrip = best.receivedAt - best.sentAt;
  return { offsetMs: Math.round(best.serverNow - (best.sentAt + roundTrip / 2)), uncertaintyMs: roundTrip / 2 };
}

/** The server's clock as this browser best knows it; until it has asked, its own clock. */
export interface ServerClock {
  now: () => number;
  /** Asks the server again (a few round trips, the shortest counts); a failure keeps the last estimate. */
  sync: () => Promise<void>;
  destroy: () => void;
}

export interface ServerClockOptions {
  /** One reading of the server's clock in ms since the epoch. */
  readServer?: () => Promise<number>;
  localNow?: () => number;
  samples?: number;
  /** How often to ask again: local clocks drift, and get set or corrected while a board is open. */
  resyncMs?: number;
}

async function readServerTime(): Promise<number> {
  const response = await fetch("/api/time", { cache: "no-store" });
  if (!response.ok) throw new Error(`GET /api/time answered ${response.status}`);
  const body = (await response.json()) as { now?: unknown };
  if (typeof body.now !== "number") throw new Error("GET /api/time did not say the time");
  return body.now;
}

/**
 * Keeps an estimate of the server's clock, so countdowns stored as the server's end time read the
 * same on every screen whatever each computer's own clock says. A failed round trip (offline)
 * keeps the last estimate.
 */
export function createServerClock({
  readServer = readServerTime,
  localNow = () => Date.now(),
  samples = 4,
  resyncMs = 5 * 60_000,
}: ServerClockOptions = {}): ServerClock {
  let offsetMs = 0;
  let destroyed = false;

  const sync = async () => {
    const taken: ClockSample[] = [];
    for (let i = 0; i < samples && !destroyed; i++) {
      const sentAt = localNow();
      try {
        const serverNow = await readServer();
        taken.push({ sentAt, serverNow, receivedAt: localNow() });
      } catch {
        break;
      }
    }
    const estimate = estimateOffset(taken);
    if (estimate && !destroyed) offsetMs = estimate.offsetMs;
  };

  void sync();
  const resync = setInterval(() => void sync(), resyncMs);
  const onOnline = () => void sync();
  const browser = typeof window === "undefined" ? null : window;
  browser?.addEventListener("online", onOnline);
  return {
    now: () => localNow() + offsetMs,
    sync,
    destroy() {
      destroyed = true;
      clearInterval(resync);
      browser?.removeEventListener("online", onOnline);
    },
  };
}
