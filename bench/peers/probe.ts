import { monitorEventLoopDelay } from "node:perf_hooks";
import { serveRpc } from "../src/rpc";

/**
 * Instruments a peer from the inside, identically for all three: event-loop delay, heap, and a
 * GC before memory is read. The bench asks over IPC, so the peer itself is left untouched.
 */
export interface ProbeStats {
  eventLoop: { p50Ms: number; p99Ms: number; maxMs: number; meanMs: number };
  heapUsedBytes: number;
  rssBytes: number;
}

const RESOLUTION_MS = 5;
const eventLoop = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
eventLoop.enable();

/** Samples include the sampling interval itself; what is left is delay. */
const delayMs = (nanos: number): number => Math.max(0, nanos / 1e6 - RESOLUTION_MS);

serveRpc({
  resetEventLoop: () => {
    eventLoop.reset();
  },
  stats: (): ProbeStats => ({
    eventLoop: {
      p50Ms: delayMs(eventLoop.percentile(50)),
      p99Ms: delayMs(eventLoop.percentile(99)),
      maxMs: delayMs(eventLoop.max),
      meanMs: Number.isNaN(eventLoop.mean) ? 0 : delayMs(eventLoop.mean),
    },
    heapUsedBytes: process.memoryUsage().heapUsed,
    rssBytes: process.memoryUsage.rss(),
  }),
  gc: () => {
    const collect = (globalThis as { gc?: () => void }).gc;
    collect?.();
    collect?.();
  },
});

/** Tells the bench the peer listens. */
export function ready(port: number): void {
  process.send?.({ type: "ready", port });
}

export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}
