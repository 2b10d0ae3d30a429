import type { LoadGenerator } from "../load/loadgen";
import { PeerProcess } from "../peers/peer-process";
import type { PeerName } from "../peers/board-address";
import { median, type Plan } from "../plan";

export interface ColdLoadResult {
  elements: number;
  /** Board written as one update. */
  singleUpdateMs: number[];
  /** Board written as one update per element. */
  separateUpdatesMs: number[];
  medianSingleMs: number;
  medianSeparateMs: number;
}

/** How long each peer's own debounce or write queue gets to reach its store before a restart. */
const SETTLE_MS = 3000;

/**
 * The setup writes 5,000 updates from one client as fast as it can, which Brownpaper's
 * per-connection rate limits rightly refuse; they do not touch loading, which is what is timed.
 */
const UNLIMITED_WRITES = {
  RATE_LIMIT_MESSAGES_PER_SECOND: "1000000",
  RATE_LIMIT_BYTES_PER_SECOND: String(1024 * 2 ** 20),
  RATE_LIMIT_CPU_MS_PER_SECOND: "1000",
};

/**
 * Writes two 5,000-element boards, restarts the peer on the same data directory, and times a
 * fresh client from connect to the whole doc; one restart per measurement, so every load is cold.
 */
export async function coldLoad(
  loadgen: LoadGenerator,
  name: PeerName,
  plan: Plan,
  cpu: number | undefined,
): Promise<ColdLoadResult> {
  const { elements, loads } = plan.cold;
  let peer = await PeerProcess.start(name, { cpu, env: UNLIMITED_WRITES });
  const dataDir = peer.dataDir;
  try {
    const single = await loadgen.writeColdBoard(name, peer.port, { elements, separateUpdates: false });
    const separate = await loadgen.writeColdBoard(name, peer.port, { elements, separateUpdates: true });
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const singleUpdateMs: number[] = [];
    const separateUpdatesMs: number[] = [];
    for (let load = 0; load < loads; load++) {
      for (const [address, times] of load % 2 === 0
        ? ([
            [single, singleUpdateMs],
            [separate, separateUpdatesMs],
          ] as const)
        : ([
            [separate, separateUpdatesMs],
            [single, singleUpdateMs],
          ] as const)) {
        await peer.stop();
        peer = await PeerProcess.start(name, { cpu, dataDir, env: UNLIMITED_WRITES });
        times.push(await loadgen.timeColdLoad(address, peer.port, elements));
      }
    }
    return {
      elements,
      singleUpdateMs,
      separateUpdatesMs,
      medianSingleMs: median(singleUpdateMs),
      medianSeparateMs: median(separateUpdatesMs),
    };
  } finally {
    await peer.stop();
    peer.removeDataDir();
  }
}
