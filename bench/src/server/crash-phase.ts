import { runCrashRounds, type CrashRound } from "../../../server/test/crash-rounds";
import type { Plan } from "../plan";
import { DATABASE_URL, dropSchema, REDIS_URL, schemaName, unavailableReason } from "./scale-out-services";

export type CrashStore = "sqlite" | "postgres+redis";

/** The same rounds on one store; the figures are the server test's own (`server/test/crash-rounds.ts`). */
export interface CrashStoreRun {
  store: CrashStore;
  rounds: number;
  seed: number;
  /** Updates the writers received from the server before the kills, over all rounds. */
  receivedUpdates: number;
  /** Distinct ids (inserted and deleted) in those updates: what the fresh clients were checked for. */
  checkedIds: number;
  /** Ids a fresh client lacked after a restart (the worst round). Must be 0. */
  missingIds: number;
  /** The first of the missing ranges, for the results file. */
  missing: string[];
  perRound: CrashRound[];
  ms: number;
  /** The rounds could not be run (server failed to start, a client never synced): not a loss, but not a pass. */
  error: string | null;
}

export interface CrashPhaseResult {
  rounds: number;
  seed: number;
  runs: CrashStoreRun[];
  /** Why PostgreSQL + Redis was not run (unreachable), or null. */
  postgresSkipped: string | null;
}

const MISSING_KEPT = 50;

async function runOn(
  store: CrashStore,
  rounds: number,
  seed: number,
  log: (line: string) => void,
): Promise<CrashStoreRun> {
  const schema = store === "sqlite" ? null : schemaName();
  const serverEnv: Record<string, string> = schema ? { DATABASE_URL, DATABASE_SCHEMA: schema, REDIS_URL } : {};
  const began = performance.now();
  const run: CrashStoreRun = {
    store,
    rounds,
    seed,
    receivedUpdates: 0,
    checkedIds: 0,
    missingIds: 0,
    missing: [],
    perRound: [],
    ms: 0,
    error: null,
  };
  try {
    const report = await runCrashRounds({ rounds, seed, serverEnv, log: (line) => log(`    ${store} ${line}`) });
    Object.assign(run, {
      receivedUpdates: report.receivedUpdates,
      checkedIds: report.checkedIds,
      missingIds: report.missingIds,
      missing: report.missing.slice(0, MISSING_KEPT),
      perRound: report.perRound,
    });
  } catch (error) {
    run.error = (error as Error).message;
  } finally {
    run.ms = performance.now() - began;
    if (schema)
      await dropSchema(schema).catch(
        (error: Error) => (run.error ??= `schema ${schema} not dropped: ${error.message}`),
      );
  }
  return run;
}

/**
 * Issue 6: writers edit one board, the server is killed with SIGKILL at a random moment and
 * restarted, the writers stay offline, and a fresh client must hold every update any writer had
 * received, round after round. On SQLite, then on PostgreSQL + Redis when they are reachable
 * (a fresh schema `bench_scaleout_…`, dropped afterwards), with the same seed so both see the
 * same kill timings. CRASH_SEED replays a run; so does the server test with the same seed.
 */
export async function crashPhase(plan: Plan, log: (line: string) => void): Promise<CrashPhaseResult> {
  const { rounds } = plan.crash;
  const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const result: CrashPhaseResult = { rounds, seed, runs: [], postgresSkipped: null };
  log(`  CRASH_SEED=${seed}, ${rounds} rounds per store`);
  result.runs.push(await runOn("sqlite", rounds, seed, log));
  result.postgresSkipped = await unavailableReason();
  if (result.postgresSkipped) log(`  PostgreSQL + Redis skipped: ${result.postgresSkipped}`);
  else result.runs.push(await runOn("postgres+redis", rounds, seed, log));
  for (const run of result.runs) {
    log(
      `  ${run.store}: ${run.error ? `FAILED TO RUN (${run.error})` : `${run.missingIds} of ${run.checkedIds} ids missing after restarts`}, ${run.receivedUpdates} updates received before kills, ${(run.ms / 1000).toFixed(1)} s`,
    );
  }
  return result;
}
