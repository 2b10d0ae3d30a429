import type { ChurnResult } from "../load/churn";
import type { LoadGenerator } from "../load/loadgen";
import { PeerProcess } from "../peers/peer-process";
import type { Plan } from "../plan";

export interface ChurnPhaseResult extends ChurnResult {
  boards: number;
  unloadDelayMs: number;
  rssBeforeBytes: number;
  /** After the first tenth of the cycles: code and allocator pools warmed up. */
  rssWarmBytes: number;
  rssPeakBytes: number;
  rssAfterBytes: number;
  /** Rooms still loaded at the end would show here as growth since the warm reading. */
  growthSinceWarmBytes: number;
}

/**
 * Brownpaper only (issue 6): connect/sync/disconnect cycles across many boards, with rooms
 * unloading 200 ms after their last client; RSS is read after every room has had time to go.
 */
export async function churnPhase(
  loadgen: LoadGenerator,
  plan: Plan,
  cpu: number | undefined,
): Promise<ChurnPhaseResult> {
  const { cycles, boards, concurrency, maxMs, unloadDelayMs } = plan.churn;
  const peer = await PeerProcess.start("brownpaper", { cpu, env: { ROOM_UNLOAD_DELAY_MS: String(unloadDelayMs) } });
  const waitForUnload = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, unloadDelayMs * 5 + 1500));
  try {
    const addresses = await loadgen.createBoards("brownpaper", peer.port, boards);
    const rssBeforeBytes = await peer.settledRssBytes();
    let rssPeakBytes = rssBeforeBytes;
    const sampler = setInterval(() => {
      rssPeakBytes = Math.max(rssPeakBytes, peer.rssBytes());
    }, 250);
    const warmCycles = Math.ceil(cycles / 10);
    try {
      const warm = await loadgen.churn(addresses, { cycles: warmCycles, concurrency, maxMs });
      await waitForUnload();
      const rssWarmBytes = await peer.settledRssBytes();
      const rest = await loadgen.churn(addresses, {
        cycles: cycles - warmCycles,
        concurrency,
        maxMs: Math.max(1000, maxMs - warm.ms),
      });
      await waitForUnload();
      const rssAfterBytes = await peer.settledRssBytes();
      return {
        cycles: warm.cycles + rest.cycles,
        failures: warm.failures + rest.failures,
        ms: warm.ms + rest.ms,
        firstError: warm.firstError ?? rest.firstError,
        boards,
        unloadDelayMs,
        rssBeforeBytes,
        rssWarmBytes,
        rssPeakBytes,
        rssAfterBytes,
        growthSinceWarmBytes: rssAfterBytes - rssWarmBytes,
      };
    } finally {
      clearInterval(sampler);
    }
  } finally {
    await peer.stop();
    peer.removeDataDir();
  }
}
