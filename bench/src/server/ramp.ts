import type { RunResult } from "../load/load-session";
import type { LoadGenerator } from "../load/loadgen";
import type { PeerProcess } from "../peers/peer-process";
import type { Plan } from "../plan";
import { inQuietWindow, type Noise } from "../stats/noise";

export interface RampStep {
  ratePerClient: number;
  run: RunResult;
  peerEventLoopP99Ms: number;
  sustained: boolean;
  /** Why not, in words; null when sustained. */
  miss: string | null;
  /** The load generator, not the server, fell behind: the step says nothing about the server. */
  loadgenBound: boolean;
  noise: Noise;
}

export interface RampResult {
  scenario: string;
  steps: RampStep[];
  /** Highest offered edits/s sustained (p99 under the limit, ≥ 99 % achieved, nothing lost). */
  sustainedPerSec: number;
  /** True when the ramp ended because the load generator saturated, so the peer may do more. */
  loadgenLimited: boolean;
  convergence: { converged: boolean } | null;
}

/**
 * A load generator busy 85 % of the window is saturated itself: the step then says more about
 * the load generator than about the server. (Send lag alone would blame it for the bursts a
 * stalling server releases.)
 */
export function loadgenSaturated(run: RunResult): boolean {
  return run.loadgenCpu > 0.85;
}

export function judge(run: RunResult, p99LimitMs: number): { sustained: boolean; miss: string | null } {
  const misses: string[] = [];
  if (run.latency.count === 0) misses.push("no edit delivered");
  if (run.latency.p99Ms >= p99LimitMs) misses.push(`p99 ${run.latency.p99Ms.toFixed(1)} ms ≥ ${p99LimitMs}`);
  if (run.achievedFraction < 0.99) misses.push(`achieved ${(run.achievedFraction * 100).toFixed(1)} % of offered`);
  if (run.missingDeliveries > 0) misses.push(`${run.missingDeliveries} deliveries lost`);
  return { sustained: misses.length === 0, miss: misses.length === 0 ? null : misses.join(", ") };
}

/**
 * Whether the ramp's result is only a floor: it ended on a step where the load generator was
 * saturated, or it ran out of rates while the peer still kept up.
 */
export function endedAtLoadgenCeiling(steps: readonly RampStep[]): boolean {
  // The ramp stops at the first rate that fails twice running; without one it ran out of rates.
  const stop = steps.findIndex((step, index) => {
    const next = steps[index + 1];
    return next !== undefined && !step.sustained && !next.sustained && next.ratePerClient === step.ratePerClient;
  });
  return stop < 0 ? steps.length > 0 : steps[stop + 1]!.loadgenBound;
}

/**
 * Raises the per-client rate on one set of boards until the peer fails a rate twice running,
 * then tries once halfway between the last good and the first bad rate. Bounded by the rate list.
 */
export async function ramp(
  loadgen: LoadGenerator,
  peer: PeerProcess,
  plan: Plan,
  quiet: { leftMs: number },
): Promise<RampResult> {
  const { scenario, ratesPerClient, warmupMs, measureMs, p99LimitMs } = plan.ramp;
  const id = await loadgen.open({
    peer: peer.name,
    port: peer.port,
    boards: scenario.boards,
    clientsPerBoard: scenario.clientsPerBoard,
  });
  const steps: RampStep[] = [];
  const step = async (ratePerClient: number): Promise<RampStep> => {
    const { result: run, noise } = await inQuietWindow([peer.pid, loadgen.pid], quiet, async () => {
      await peer.resetEventLoop();
      return loadgen.run(id, {
        ratePerClient,
        warmupMs,
        measureMs,
        graceMs: plan.window.graceMs,
        drainMs: plan.window.drainMs,
      });
    });
    const stats = await peer.stats();
    const verdict = judge(run, p99LimitMs);
    const loadgenBound = loadgenSaturated(run);
    const result = { ratePerClient, run, peerEventLoopP99Ms: stats.eventLoop.p99Ms, ...verdict, loadgenBound, noise };
    steps.push(result);
    return result;
  };
  let lastGood = 0;
  let firstBad: number | null = null;
  let convergence: { converged: boolean } | null = null;
  try {
    for (const rate of ratesPerClient) {
      let result = await step(rate);
      // One stall of the load generator can spoil a window; a server that cannot keep up fails twice.
      if (!result.sustained) result = await step(rate);
      if (result.sustained) {
        lastGood = rate;
        continue;
      }
      firstBad = rate;
      break;
    }
    if (firstBad !== null && !endedAtLoadgenCeiling(steps)) {
      const middle = Math.round(((lastGood + firstBad) / 2) * 10) / 10;
      if (middle > lastGood && middle < firstBad && (await step(middle)).sustained) lastGood = middle;
    }
    convergence = await loadgen.convergence(id);
  } finally {
    await loadgen.close(id);
  }
  const boards = scenario.boards * scenario.clientsPerBoard;
  return {
    scenario: scenario.name,
    steps,
    sustainedPerSec: lastGood * boards,
    loadgenLimited: endedAtLoadgenCeiling(steps),
    convergence,
  };
}
