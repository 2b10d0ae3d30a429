/** How much the bench does: the full run (~15 min) or BENCH_QUICK=1 (a few minutes). */
export interface LoadScenario {
  name: "big-workshop" | "many-teams";
  boards: number;
  clientsPerBoard: number;
  ratePerClient: number;
}

export interface Plan {
  quick: boolean;
  repetitions: number;
  /** Total time the run may spend waiting for other processes to quieten before windows. */
  quietBudgetMs: number;
  scenarios: LoadScenario[];
  window: { warmupMs: number; measureMs: number; graceMs: number; drainMs: number };
  ramp: { scenario: LoadScenario; ratesPerClient: number[]; warmupMs: number; measureMs: number; p99LimitMs: number };
  idle: { warmBoards: number; boards: number; elementsPerBoard: number };
  cold: { elements: number; loads: number };
  churn: { cycles: number; boards: number; concurrency: number; maxMs: number; unloadDelayMs: number };
  /** Issue 7: one board's clients on one Brownpaper instance, then split across two. */
  scaleOut: { scenario: LoadScenario; repetitions: number };
  canvas: { steps: number[]; repetitions: number; panFrames: number };
  /** Issue 6: SIGKILL rounds per store; a correctness check, so as many in a quick run. */
  crash: { rounds: number };
}

export const BIG_WORKSHOP: LoadScenario = { name: "big-workshop", boards: 1, clientsPerBoard: 50, ratePerClient: 2 };
export const MANY_TEAMS: LoadScenario = { name: "many-teams", boards: 100, clientsPerBoard: 5, ratePerClient: 1 };

export function makePlan(quick: boolean): Plan {
  return {
    quick,
    repetitions: quick ? 1 : 3,
    quietBudgetMs: Number(process.env.BENCH_QUIET_BUDGET_S ?? (quick ? 30 : 150)) * 1000,
    scenarios: [BIG_WORKSHOP, MANY_TEAMS],
    window: quick
      ? { warmupMs: 1000, measureMs: 3000, graceMs: 1000, drainMs: 10_000 }
      : { warmupMs: 2000, measureMs: 8000, graceMs: 1000, drainMs: 10_000 },
    ramp: {
      scenario: MANY_TEAMS,
      ratesPerClient: quick ? [1, 2, 4, 8] : [1, 1.5, 2, 3, 4, 6, 8],
      warmupMs: quick ? 1000 : 1500,
      measureMs: quick ? 2500 : 5000,
      p99LimitMs: 50,
    },
    idle: { warmBoards: 10, boards: quick ? 50 : 100, elementsPerBoard: 50 },
    cold: { elements: 5000, loads: quick ? 1 : 3 },
    churn: quick
      ? { cycles: 1000, boards: 100, concurrency: 20, maxMs: 60_000, unloadDelayMs: 200 }
      : { cycles: 10_000, boards: 500, concurrency: 20, maxMs: 240_000, unloadDelayMs: 200 },
    scaleOut: { scenario: BIG_WORKSHOP, repetitions: quick ? 1 : 3 },
    canvas: { steps: [200, 1000, 3000], repetitions: quick ? 1 : 2, panFrames: quick ? 90 : 180 },
    crash: { rounds: 20 },
  };
}

/** Fisher–Yates; the order each repetition used is written to the results. */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
