import type { ProbeStats } from "../../peers/probe";
import type { ConvergenceResult } from "../load/convergence";
import type { RunResult } from "../load/load-session";
import type { LoadGenerator } from "../load/loadgen";
import type { PeerProcess } from "../peers/peer-process";
import type { LoadScenario, Plan } from "../plan";
import { inQuietWindow, type Noise } from "../stats/noise";

export interface ScenarioRun {
  scenario: LoadScenario["name"];
  repetition: number;
  run: RunResult;
  convergence: ConvergenceResult;
  /** The peer's event loop over warm-up, window and drain. */
  peerEventLoop: ProbeStats["eventLoop"];
  /** Peer VmRSS with every board loaded and busy, and before any board was. */
  rssLoadedBytes: number;
  rssBaseBytes: number;
  /** What else the machine was doing meanwhile (in the attempt kept). */
  noise: Noise;
  /** Windows run: more than 1 when other processes spoiled the first. */
  attempts: number;
}

/** Opens the scenario's boards and clients, drives them for one window, checks convergence. */
export async function runScenario(
  loadgen: LoadGenerator,
  peer: PeerProcess,
  scenario: LoadScenario,
  plan: Plan,
  repetition: number,
  quiet: { leftMs: number },
): Promise<ScenarioRun> {
  const rssBaseBytes = await peer.settledRssBytes();
  const id = await loadgen.open({
    peer: peer.name,
    port: peer.port,
    boards: scenario.boards,
    clientsPerBoard: scenario.clientsPerBoard,
  });
  try {
    const {
      result: run,
      noise,
      attempts,
    } = await inQuietWindow([peer.pid, loadgen.pid], quiet, async () => {
      await peer.resetEventLoop();
      return loadgen.run(id, { ratePerClient: scenario.ratePerClient, ...plan.window });
    });
    const stats = await peer.stats();
    const rssLoadedBytes = peer.rssBytes();
    const convergence = await loadgen.convergence(id);
    return {
      scenario: scenario.name,
      repetition,
      run,
      convergence,
      peerEventLoop: stats.eventLoop,
      rssLoadedBytes,
      rssBaseBytes,
      noise,
      attempts,
    };
  } finally {
    await loadgen.close(id);
  }
}
