import { randomBytes } from "node:crypto";
import type { ConvergenceResult } from "../load/convergence";
import { clientsPerInstance } from "../load/instance-split";
import type { RunResult } from "../load/load-session";
import { LoadGenerator } from "../load/loadgen";
import { PeerProcess } from "../peers/peer-process";
import { shuffled, type LoadScenario, type Plan } from "../plan";
import { inQuietWindow, type Noise } from "../stats/noise";
import { SCALE_OUT_SETUPS, type ScaleOutSetup, type ScaleOutSetupName } from "./scale-out-setups";
import {
  DATABASE_URL,
  dropLeftoverSchemas,
  dropSchema,
  REDIS_URL,
  schemaName,
  servicePids,
  unavailableReason,
} from "./scale-out-services";

export interface ScaleOutRun {
  setup: ScaleOutSetupName;
  repetition: number;
  clientsPerInstance: number[];
  run: RunResult;
  /** Every client, plus a fresh client on each instance. */
  convergence: ConvergenceResult;
  /** Each instance's event loop p99 over warm-up, window and drain. */
  instanceLoopP99Ms: number[];
  /** PostgreSQL backends and Redis counted as the bench's own load, not as noise. */
  serviceProcesses: number;
  noise: Noise;
  attempts: number;
}

export interface ScaleOutPhaseResult {
  scenario: LoadScenario;
  /** Why the phase did not run (PostgreSQL or Redis unreachable), or null. */
  skipped: string | null;
  runs: ScaleOutRun[];
  /** The setup order of each pass, as shuffled. */
  orders: ScaleOutSetupName[][];
  /** Schemas of earlier runs that died before dropping them, dropped now. */
  leftoverSchemasDropped: string[];
}

export interface ScaleOutContext {
  pinned: boolean;
  serverCpu: number;
  loadgenCpu: number;
  quiet: { leftMs: number };
  log: (line: string) => void;
  errors: string[];
}

/** Environment of each instance of a setup; every instance of a PostgreSQL setup shares schema, Redis and secret. */
function instanceEnv(setup: ScaleOutSetup, schema: string, secret: string): NodeJS.ProcessEnv {
  if (setup.storage === "sqlite") return {};
  return { DATABASE_URL, DATABASE_SCHEMA: schema, REDIS_URL, BROWNPAPER_SECRET: secret };
}

/**
 * The pids whose CPU is the bench's own during a window: the instances, the load generator and,
 * on PostgreSQL, the database backends and Redis serving the instances (otherwise their commits
 * and relays would count as other processes' noise and spoil every window). The noise probe
 * reads the list when the window starts and again when it ends, so backends a pool opens
 * meanwhile are added in place.
 */
function serviceWatch(
  setup: ScaleOutSetup,
  own: number[],
  instancePids: number[],
): { watched: number[]; watchServices: () => Promise<void> } {
  const watched = [...own];
  const watchServices = async (): Promise<void> => {
    if (setup.storage === "sqlite") return;
    for (const pid of await servicePids(instancePids)) if (!watched.includes(pid)) watched.push(pid);
  };
  return { watched, watchServices };
}

async function runSetup(
  setup: ScaleOutSetup,
  plan: Plan,
  repetition: number,
  context: ScaleOutContext,
): Promise<ScaleOutRun> {
  const { scenario } = plan.scaleOut;
  const schema = schemaName();
  const env = instanceEnv(setup, schema, randomBytes(32).toString("base64"));
  const cpu = context.pinned ? context.serverCpu : undefined;
  const instances: PeerProcess[] = [];
  let loadgen: LoadGenerator | null = null;
  try {
    loadgen = await LoadGenerator.start(context.pinned ? context.loadgenCpu : undefined);
    // One after the other: the first creates the schema's tables, the second finds them.
    for (let i = 0; i < setup.instances; i++) instances.push(await PeerProcess.start("brownpaper", { cpu, env }));
    const ports = instances.map((instance) => instance.port);
    const id = await loadgen.open({
      peer: "brownpaper",
      port: ports[0]!,
      instancePorts: ports,
      boards: scenario.boards,
      clientsPerBoard: scenario.clientsPerBoard,
    });
    try {
      const instancePids = instances.map((instance) => instance.pid);
      const { watched, watchServices } = serviceWatch(setup, [...instancePids, loadgen.pid], instancePids);
      await watchServices();
      const {
        result: run,
        noise,
        attempts,
      } = await inQuietWindow(watched, context.quiet, async () => {
        // The pools close connections idle for 10 s, e.g. while the bench waited for quiet.
        await watchServices();
        await Promise.all(instances.map((instance) => instance.resetEventLoop()));
        const result = await loadgen!.run(id, { ratePerClient: scenario.ratePerClient, ...plan.window });
        await watchServices();
        return result;
      });
      const loops = await Promise.all(instances.map((instance) => instance.stats()));
      const convergence = await loadgen.convergence(id);
      return {
        setup: setup.name,
        repetition,
        clientsPerInstance: clientsPerInstance(scenario.clientsPerBoard, setup.instances),
        run,
        convergence,
        instanceLoopP99Ms: loops.map((stats) => stats.eventLoop.p99Ms),
        serviceProcesses: watched.length - instancePids.length - 1,
        noise,
        attempts,
      };
    } finally {
      await loadgen.close(id);
    }
  } catch (error) {
    const stderr = instances.map((instance) => instance.errorOutput.slice(-300)).filter(Boolean);
    throw new Error(`${(error as Error).message}${stderr.length > 0 ? ` | stderr: ${stderr.join(" | ")}` : ""}`);
  } finally {
    loadgen?.stop();
    await Promise.all(instances.map((instance) => instance.stop()));
    for (const instance of instances) instance.removeDataDir();
    if (setup.storage !== "sqlite")
      await dropSchema(schema).catch((error: Error) =>
        context.errors.push(`scale-out: schema ${schema} not dropped: ${error.message}`),
      );
  }
}

/**
 * Issue 7: one board under the big-workshop load with all clients on one Brownpaper instance,
 * and split half and half across two instances sharing PostgreSQL and Redis. Every setup gets
 * fresh instances, a fresh schema (dropped afterwards) and a fresh load generator.
 */
export async function scaleOutPhase(plan: Plan, context: ScaleOutContext): Promise<ScaleOutPhaseResult> {
  const result: ScaleOutPhaseResult = {
    scenario: plan.scaleOut.scenario,
    skipped: null,
    runs: [],
    orders: [],
    leftoverSchemasDropped: [],
  };
  result.skipped = await unavailableReason();
  if (result.skipped) {
    context.log(`  scale-out skipped: ${result.skipped}`);
    return result;
  }
  result.leftoverSchemasDropped = await dropLeftoverSchemas();
  if (result.leftoverSchemasDropped.length > 0)
    context.log(`  scale-out: dropped schemas left by earlier runs: ${result.leftoverSchemasDropped.join(", ")}`);
  for (let repetition = 1; repetition <= plan.scaleOut.repetitions; repetition++) {
    const order = shuffled(SCALE_OUT_SETUPS);
    result.orders.push(order.map((setup) => setup.name));
    for (const setup of order) {
      try {
        const run = await runSetup(setup, plan, repetition, context);
        result.runs.push(run);
        const { latency } = run.run;
        context.log(
          `  scale-out ${setup.name} #${repetition} (${run.clientsPerInstance.join("+")} clients): p50 ${latency.p50Ms} ms, p99 ${latency.p99Ms} ms, ${Math.round(run.run.achievedPerSec)}/${run.run.offeredPerSec} edits/s, ${run.convergence.converged ? "converged" : "NOT CONVERGED"}`,
        );
      } catch (error) {
        context.errors.push(`scale-out ${setup.name} #${repetition}: ${(error as Error).message}`);
      }
    }
  }
  return result;
}
