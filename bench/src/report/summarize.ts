import type { CanvasResults } from "../canvas/canvas-bench";
import { PEER_NAMES, type PeerName } from "../peers/board-address";
import { median } from "../plan";
import type { ServerBenchResults } from "../server/server-bench";
import { endedAtLoadgenCeiling, loadgenSaturated } from "../server/ramp";
import { Histogram, type LatencySummary } from "../stats/histogram";

export interface ScenarioSummary {
  offeredPerSec: number;
  achievedPerSec: number;
  latency: LatencySummary;
  converged: boolean;
  missingDeliveries: number;
  peerEventLoopP99Ms: number;
  rssPerLoadedBoardBytes: number;
  loadgenSaturated: boolean;
  repetitions: number;
  /** The worst window: other processes' share of the cores, and iowait. */
  foreignCpu: number;
  iowait: number;
}

export interface PeerSummary {
  scenarios: Record<string, ScenarioSummary>;
  idleRssPerBoardBytes: number;
  ramp: { sustainedPerSec: number; loadgenLimited: boolean; converged: boolean } | null;
  cold: { singleMs: number; separateMs: number } | null;
}

/** Repetitions pooled: latency histograms merged, everything else the median of the passes. */
export function summarizePeers(server: ServerBenchResults): Record<PeerName, PeerSummary> {
  const out = {} as Record<PeerName, PeerSummary>;
  for (const name of PEER_NAMES) {
    const peer = server.peers[name];
    const scenarios: Record<string, ScenarioSummary> = {};
    for (const scenario of new Set(peer.runs.map((run) => run.scenario))) {
      const runs = peer.runs.filter((run) => run.scenario === scenario);
      const pooled = new Histogram();
      for (const run of runs) pooled.merge(Histogram.fromJSON(run.run.histogram));
      const boards = scenario === "big-workshop" ? 1 : 100;
      scenarios[scenario] = {
        offeredPerSec: runs[0]!.run.offeredPerSec,
        achievedPerSec: median(runs.map((run) => run.run.achievedPerSec)),
        latency: pooled.summary(),
        converged: runs.every((run) => run.convergence.converged),
        missingDeliveries: runs.reduce((sum, run) => sum + run.run.missingDeliveries, 0),
        peerEventLoopP99Ms: median(runs.map((run) => run.peerEventLoop.p99Ms)),
        rssPerLoadedBoardBytes: median(runs.map((run) => (run.rssLoadedBytes - run.rssBaseBytes) / boards)),
        loadgenSaturated: runs.some((run) => loadgenSaturated(run.run)),
        repetitions: runs.length,
        foreignCpu: Math.max(...runs.map((run) => run.noise.foreignCpu)),
        iowait: Math.max(...runs.map((run) => run.noise.iowait)),
      };
    }
    out[name] = {
      scenarios,
      idleRssPerBoardBytes: median(peer.idle.map((idle) => idle.perBoardBytes)),
      ramp: peer.ramp
        ? {
            sustainedPerSec: peer.ramp.sustainedPerSec,
            loadgenLimited: endedAtLoadgenCeiling(peer.ramp.steps),
            converged: peer.ramp.convergence?.converged ?? false,
          }
        : null,
      cold: peer.cold ? { singleMs: peer.cold.medianSingleMs, separateMs: peer.cold.medianSeparateMs } : null,
    };
  }
  return out;
}

/** Whether the peers were measured at all (not with BENCH_ONLY=scaleout). */
export function hasPeerFigures(server: ServerBenchResults): boolean {
  return PEER_NAMES.some((name) => {
    const peer = server.peers[name];
    return peer.runs.length > 0 || peer.idle.length > 0 || peer.ramp !== null || peer.cold !== null;
  });
}

/** The noisiest window of the whole server run. */
export function worstNoise(server: ServerBenchResults): { foreignCpu: number; iowait: number } {
  const windows = [
    ...PEER_NAMES.flatMap((name) => [
      ...server.peers[name].runs.map((run) => run.noise),
      ...(server.peers[name].ramp?.steps ?? []).map((step) => step.noise),
    ]),
    ...(server.scaleOut?.runs ?? []).map((run) => run.noise),
  ];
  return {
    foreignCpu: Math.max(0, ...windows.map((noise) => noise.foreignCpu)),
    iowait: Math.max(0, ...windows.map((noise) => noise.iowait)),
  };
}

export function canvasAt(canvas: CanvasResults | null, steps: number) {
  return canvas?.sizes.find((size) => size.steps === steps) ?? null;
}
