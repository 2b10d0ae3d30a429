import { LoadGenerator } from "../load/loadgen";
import { PEER_NAMES, type PeerName } from "../peers/board-address";
import { canPin, PeerProcess } from "../peers/peer-process";
import { shuffled, type Plan } from "../plan";
import { churnPhase, type ChurnPhaseResult } from "./churn-phase";
import { coldLoad, type ColdLoadResult } from "./cold-load-phase";
import { crashPhase, type CrashPhaseResult } from "./crash-phase";
import { idleMemory, type IdleMemory } from "./idle-memory";
import { ramp, type RampResult } from "./ramp";
import { scaleOutPhase, type ScaleOutPhaseResult } from "./scale-out-phase";
import { runScenario, type ScenarioRun } from "./scenario-run";

export interface PeerResults {
  runs: ScenarioRun[];
  idle: IdleMemory[];
  ramp: RampResult | null;
  cold: ColdLoadResult | null;
}

export interface ServerBenchResults {
  pinned: boolean;
  /** The peer order of each pass, as shuffled. */
  orders: Record<string, PeerName[][]>;
  peers: Record<PeerName, PeerResults>;
  churn: ChurnPhaseResult | null;
  /** One board on one instance vs two (issue 7); absent from results older than the phase. */
  scaleOut?: ScaleOutPhaseResult | null;
  /** SIGKILL rounds (issue 6); absent from results older than the phase. */
  crash?: CrashPhaseResult | null;
  /** Time spent waiting for other processes to quieten before windows. */
  quietWaitMs: number;
  /** Phases that threw, with the peer's last stderr: shown, never swallowed. */
  errors: string[];
}

export type Log = (line: string) => void;

const SERVER_CPU = 0;
const LOADGEN_CPU = 1;

/** A fresh peer and a fresh load generator for one phase, both stopped afterwards. */
async function withPeer<T>(
  name: PeerName,
  results: ServerBenchResults,
  phase: string,
  body: (loadgen: LoadGenerator, peer: PeerProcess) => Promise<T>,
): Promise<T | null> {
  const cpu = results.pinned ? SERVER_CPU : undefined;
  let loadgen: LoadGenerator | null = null;
  let peer: PeerProcess | null = null;
  try {
    loadgen = await LoadGenerator.start(results.pinned ? LOADGEN_CPU : undefined);
    peer = await PeerProcess.start(name, { cpu });
    return await body(loadgen, peer);
  } catch (error) {
    results.errors.push(
      `${name} ${phase}: ${(error as Error).message}${peer ? ` | stderr: ${peer.errorOutput.slice(-500)}` : ""}`,
    );
    return null;
  } finally {
    loadgen?.stop();
    await peer?.stop();
    peer?.removeDataDir();
  }
}

/** `scaleout` or `crash`: only that phase (BENCH_ONLY=scaleout, BENCH_ONLY=crash). */
export type ServerPhases = "all" | "scaleout" | "crash";

export async function serverBench(plan: Plan, log: Log, phases: ServerPhases = "all"): Promise<ServerBenchResults> {
  const results: ServerBenchResults = {
    pinned: canPin(),
    orders: { scenarios: [], ramp: [], cold: [] },
    peers: Object.fromEntries(
      PEER_NAMES.map((name): [PeerName, PeerResults] => [name, { runs: [], idle: [], ramp: null, cold: null }]),
    ) as Record<PeerName, PeerResults>,
    churn: null,
    scaleOut: null,
    crash: null,
    quietWaitMs: 0,
    errors: [],
  };
  const quiet = { leftMs: plan.quietBudgetMs };
  if (!results.pinned) log("taskset is not available: server and load generator share the cores");
  if (phases === "all") await peerPhases(plan, log, results, quiet);
  if (phases !== "crash") {
    log("Scale-out: one board, its clients on one Brownpaper instance, then split across two (PostgreSQL + Redis)");
    const done = phaseStart(log, "scale-out");
    try {
      results.scaleOut = await scaleOutPhase(plan, {
        pinned: results.pinned,
        serverCpu: SERVER_CPU,
        loadgenCpu: LOADGEN_CPU,
        quiet,
        log,
        errors: results.errors,
      });
    } catch (error) {
      results.errors.push(`scale-out: ${(error as Error).message}`);
    } finally {
      done();
    }
  }
  if (phases !== "scaleout") await runCrashPhase(plan, log, results);
  results.quietWaitMs = plan.quietBudgetMs - quiet.leftMs;
  return results;
}

/** Last, since it measures no time that noise could spoil: only whether anything was lost. */
async function runCrashPhase(plan: Plan, log: Log, results: ServerBenchResults): Promise<void> {
  log(
    "SIGKILL: writers edit, the server is killed at a random moment and restarted, a fresh client must hold all they received",
  );
  const done = phaseStart(log, "SIGKILL");
  try {
    results.crash = await crashPhase(plan, log);
    for (const run of results.crash.runs) if (run.error) results.errors.push(`SIGKILL ${run.store}: ${run.error}`);
  } catch (error) {
    results.errors.push(`SIGKILL: ${(error as Error).message}`);
  } finally {
    done();
  }
}

function phaseStart(log: Log, label: string): () => void {
  const started = performance.now();
  return () => log(`  (${label}: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

/** Scenarios, idle memory, ramp and cold load for every peer, then Brownpaper's churn. */
async function peerPhases(plan: Plan, log: Log, results: ServerBenchResults, quiet: { leftMs: number }): Promise<void> {
  const scenariosStarted = performance.now();
  for (let repetition = 1; repetition <= plan.repetitions; repetition++) {
    const order = shuffled(PEER_NAMES);
    results.orders.scenarios!.push(order);
    for (const name of order) {
      await withPeer(name, results, `scenarios #${repetition}`, async (loadgen, peer) => {
        for (const scenario of plan.scenarios) {
          const run = await runScenario(loadgen, peer, scenario, plan, repetition, quiet);
          results.peers[name].runs.push(run);
          log(
            `  ${name} ${scenario.name} #${repetition}: p99 ${run.run.latency.p99Ms} ms, ${Math.round(run.run.achievedPerSec)}/${run.run.offeredPerSec} edits/s, ${run.convergence.converged ? "converged" : "NOT CONVERGED"}`,
          );
        }
        const idle = await idleMemory(loadgen, peer, plan);
        results.peers[name].idle.push(idle);
        log(`  ${name} idle boards #${repetition}: ${(idle.perBoardBytes / 1024).toFixed(0)} KiB per board`);
      });
    }
  }

  log(`  (scenarios: ${((performance.now() - scenariosStarted) / 1000).toFixed(0)} s)`);
  let done = phaseStart(log, "ramp");
  const rampOrder = shuffled(PEER_NAMES);
  results.orders.ramp!.push(rampOrder);
  for (const name of rampOrder) {
    results.peers[name].ramp = await withPeer(name, results, "ramp", async (loadgen, peer) => {
      const result = await ramp(loadgen, peer, plan, quiet);
      for (const step of result.steps) {
        log(
          `  ${name} ramp ${step.run.offeredPerSec}/s: p99 ${step.run.latency.p99Ms} ms, achieved ${Math.round(step.run.achievedPerSec)}/s${step.miss ? ` (${step.miss})` : ""}${step.loadgenBound ? " [load generator saturated]" : ""}`,
        );
      }
      return result;
    });
  }

  done();
  done = phaseStart(log, "cold load");
  const coldOrder = shuffled(PEER_NAMES);
  results.orders.cold!.push(coldOrder);
  for (const name of coldOrder) {
    let loadgen: LoadGenerator | null = null;
    try {
      loadgen = await LoadGenerator.start(results.pinned ? LOADGEN_CPU : undefined);
      results.peers[name].cold = await coldLoad(loadgen, name, plan, results.pinned ? SERVER_CPU : undefined);
      log(
        `  ${name} cold load: ${results.peers[name].cold!.medianSingleMs.toFixed(0)} ms (one update), ${results.peers[name].cold!.medianSeparateMs.toFixed(0)} ms (5,000 updates)`,
      );
    } catch (error) {
      results.errors.push(`${name} cold load: ${(error as Error).message}`);
    } finally {
      loadgen?.stop();
    }
  }

  done();
  done = phaseStart(log, "churn");
  let loadgen: LoadGenerator | null = null;
  try {
    loadgen = await LoadGenerator.start(results.pinned ? LOADGEN_CPU : undefined);
    results.churn = await churnPhase(loadgen, plan, results.pinned ? SERVER_CPU : undefined);
    log(
      `  brownpaper churn: ${results.churn.cycles} cycles, ${results.churn.failures} failed, RSS ${(results.churn.rssBeforeBytes / 2 ** 20).toFixed(0)} → ${(results.churn.rssAfterBytes / 2 ** 20).toFixed(0)} MiB`,
    );
  } catch (error) {
    results.errors.push(`brownpaper churn: ${(error as Error).message}`);
  } finally {
    loadgen?.stop();
    done();
  }
}
