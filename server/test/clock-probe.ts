import { performance } from "node:perf_hooks";

export interface ClockProbe {
  /** When the probe's request went out and when its answer came, on this process's clock. */
  sentAt: number;
  answeredAt: number;
}

/**
 * Asks `GET /api/time` over and over, one request at a time, until stopped: how a screen in a
 * workshop keeps its timer in step, and a direct view of whether the server's main thread is free.
 */
export function probeClock(baseUrl: string, intervalMs = 10): { stop: () => Promise<ClockProbe[]> } {
  const probes: ClockProbe[] = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const sentAt = performance.now();
      // A keep-alive socket the server dropped as idle while it was stalled fails the request:
      // ask again, and count the wait from the first asking.
      for (let answered = false; !answered && !stopped;) {
        try {
          const response = await fetch(`${baseUrl}/api/time`);
          answered = response.status === 200 && typeof ((await response.json()) as { now?: unknown }).now === "number";
        } catch {
          answered = false;
        }
        if (answered) probes.push({ sentAt, answeredAt: performance.now() });
        else await new Promise((resolve) => setTimeout(resolve, intervalMs));
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      return probes;
    },
  };
}

/** A heavy request went out at `startedAt` and was answered at `finishedAt`: what the clock probes saw meanwhile. */
export function probesDuring(probes: ClockProbe[], startedAt: number, finishedAt: number) {
  const overlapping = probes.filter((probe) => probe.answeredAt > startedAt && probe.sentAt < finishedAt);
  return {
    /** Probes that went out once the heavy request was well under way and came back before it finished. */
    answeredWhileRunning: (settledAfterMs: number) =>
      probes.filter((probe) => probe.sentAt >= startedAt + settledAfterMs && probe.answeredAt < finishedAt).length,
    /** The longest any probe overlapping the request waited (for the report, not asserted). */
    longestWaitMs: overlapping.reduce((longest, probe) => Math.max(longest, probe.answeredAt - probe.sentAt), 0),
  };
}
