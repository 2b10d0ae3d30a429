import { median, type LoadScenario } from "../plan";
import type { ScaleOutPhaseResult } from "../server/scale-out-phase";
import { BASELINE_SETUP, SCALE_OUT_SETUPS, SPLIT_SETUP, type ScaleOutSetup } from "../server/scale-out-setups";
import { Histogram, type LatencySummary } from "../stats/histogram";
import type { Table } from "./table";
import { formatRatio, type Ratio, type TargetRow } from "./targets";

export interface ScaleOutSetupSummary {
  setup: ScaleOutSetup;
  clientsPerInstance: number[];
  offeredPerSec: number;
  achievedPerSec: number;
  latency: LatencySummary;
  converged: boolean;
  missingDeliveries: number;
  /** The busiest instance's event loop p99, median over the passes. */
  loopP99Ms: number;
  repetitions: number;
  foreignCpu: number;
  iowait: number;
}

export interface ScaleOutSummary {
  scenario: LoadScenario;
  skipped: string | null;
  setups: ScaleOutSetupSummary[];
  /** Two instances ÷ one, both on PostgreSQL + Redis. */
  ratios: { p50: Ratio; p99: Ratio };
}

const UNKNOWN: Ratio = { value: Number.NaN, kind: "unknown" };

function ratio(split: number | undefined, baseline: number | undefined): Ratio {
  if (split === undefined || baseline === undefined || !(baseline > 0)) return UNKNOWN;
  return { value: split / baseline, kind: "exact" };
}

/** Passes pooled per setup, as for the peers: histograms merged, the rest the median. */
export function summarizeScaleOut(phase: ScaleOutPhaseResult): ScaleOutSummary {
  const setups: ScaleOutSetupSummary[] = [];
  for (const setup of SCALE_OUT_SETUPS) {
    const runs = phase.runs.filter((run) => run.setup === setup.name);
    if (runs.length === 0) continue;
    const pooled = new Histogram();
    for (const run of runs) pooled.merge(Histogram.fromJSON(run.run.histogram));
    setups.push({
      setup,
      clientsPerInstance: runs[0]!.clientsPerInstance,
      offeredPerSec: runs[0]!.run.offeredPerSec,
      achievedPerSec: median(runs.map((run) => run.run.achievedPerSec)),
      latency: pooled.summary(),
      converged: runs.every((run) => run.convergence.converged),
      missingDeliveries: runs.reduce((sum, run) => sum + run.run.missingDeliveries, 0),
      loopP99Ms: median(runs.map((run) => Math.max(...run.instanceLoopP99Ms))),
      repetitions: runs.length,
      foreignCpu: Math.max(...runs.map((run) => run.noise.foreignCpu)),
      iowait: Math.max(...runs.map((run) => run.noise.iowait)),
    });
  }
  const latency = (name: string): LatencySummary | undefined =>
    setups.find((summary) => summary.setup.name === name)?.latency;
  return {
    scenario: phase.scenario,
    skipped: phase.skipped,
    setups,
    ratios: {
      p50: ratio(latency(SPLIT_SETUP)?.p50Ms, latency(BASELINE_SETUP)?.p50Ms),
      p99: ratio(latency(SPLIT_SETUP)?.p99Ms, latency(BASELINE_SETUP)?.p99Ms),
    },
  };
}

const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : "n/a");
const pct = (share: number): string => `${Math.round(share * 100)} %`;

function allConverged(summary: ScaleOutSummary): boolean {
  return summary.setups.length > 0 && summary.setups.every((setup) => setup.converged && setup.missingDeliveries === 0);
}

export function scaleOutTable(summary: ScaleOutSummary): Table {
  const { scenario } = summary;
  const title = `Scale-out: one board, ${scenario.clientsPerBoard} clients × ${scenario.ratePerClient} edits/s, on one instance vs split across two (fan-out ms)`;
  if (summary.skipped) return { title, headers: ["skipped"], rows: [[summary.skipped]] };
  return {
    title,
    headers: [
      "setup",
      "storage",
      "clients per instance",
      "p50",
      "p95",
      "p99",
      "max",
      "edits/s",
      "instance loop p99",
      "converged",
      "÷ one instance (p50, p99)",
      "other CPU/iowait",
    ],
    rows: summary.setups.map((setup) => [
      setup.setup.name,
      setup.setup.storage,
      setup.clientsPerInstance.join(" + "),
      ms(setup.latency.p50Ms),
      ms(setup.latency.p95Ms),
      ms(setup.latency.p99Ms),
      ms(setup.latency.maxMs),
      `${Math.round(setup.achievedPerSec)}/${setup.offeredPerSec}`,
      ms(setup.loopP99Ms),
      setup.converged && setup.missingDeliveries === 0 ? "yes" : `NO (${setup.missingDeliveries} lost)`,
      setup.setup.name === SPLIT_SETUP
        ? `${formatRatio(summary.ratios.p50)}, ${formatRatio(summary.ratios.p99)}`
        : setup.setup.name === BASELINE_SETUP
          ? "baseline"
          : "",
      `${pct(setup.foreignCpu)}/${pct(setup.iowait)}`,
    ]),
  };
}

/** Issue 7 asks for the ratio printed; losing an update on either setup is what would fail it. */
export function scaleOutTarget(summary: ScaleOutSummary): TargetRow {
  const what = "big-workshop fan-out, two instances ÷ one (PostgreSQL + Redis)";
  if (summary.skipped) return { what, figure: "skipped", target: "printed, converged", verdict: "unknown" };
  const figure = `p50 ${formatRatio(summary.ratios.p50)}, p99 ${formatRatio(summary.ratios.p99)}`;
  const measured = Number.isFinite(summary.ratios.p99.value);
  return {
    what,
    figure,
    target: "printed, converged",
    verdict: !measured ? "unknown" : allConverged(summary) ? "met" : "MISSED",
  };
}

/** The summary line's part, e.g. `two instances/one p50 1.31x, p99 1.12x`. */
export function scaleOutSummaryPart(summary: ScaleOutSummary): string {
  if (summary.skipped) return "two instances/one skipped (PostgreSQL or Redis unreachable)";
  const lost = allConverged(summary) ? "" : " (NOT CONVERGED)";
  return `two instances/one p50 ${formatRatio(summary.ratios.p50)}, p99 ${formatRatio(summary.ratios.p99)}${lost}`;
}
