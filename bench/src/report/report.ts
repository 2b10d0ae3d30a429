import type { CanvasResults } from "../canvas/canvas-bench";
import type { ServerBenchResults } from "../server/server-bench";
import { crashFailures, crashSummaryPart, crashTable, crashTarget } from "./crash";
import { scaleOutSummaryPart, scaleOutTable, scaleOutTarget, summarizeScaleOut } from "./scale-out";
import { hasPeerFigures, summarizePeers, worstNoise } from "./summarize";
import type { Table } from "./table";
import { canvasTable, churnTable, peerTable, rampTable, scenarioTable, targetTable } from "./tables";
import { summaryLine, targetRows } from "./targets";

/** Everything a run measured, as written to `bench/results/*.json`. */
export interface BenchResults {
  startedAt: string;
  quick: boolean;
  minutes: number;
  machine: { cpuModel: string; cores: number; memoryGiB: number; kernel: string; node: string };
  versions: Record<string, string | null>;
  plan: unknown;
  server: ServerBenchResults | null;
  canvas: CanvasResults | null;
  errors: string[];
  summary?: unknown;
}

/** Tables, targets and the summary line, computed from the raw figures alone. */
export function buildReport(results: BenchResults) {
  const { server, canvas } = results;
  const peers = server && hasPeerFigures(server) ? summarizePeers(server) : null;
  const scaleOut = server?.scaleOut ? summarizeScaleOut(server.scaleOut) : null;
  const crash = server?.crash ?? null;
  const targets = [
    ...targetRows(peers, canvas),
    ...(scaleOut ? [scaleOutTarget(scaleOut)] : []),
    ...(crash ? [crashTarget(crash)] : []),
  ];
  const tables: Table[] = [];
  if (peers && server) {
    tables.push(
      scenarioTable(peers),
      peerTable(peers),
      rampTable(Object.fromEntries(Object.entries(server.peers).map(([name, peer]) => [name, peer.ramp]))),
    );
  }
  if (server?.churn) tables.push(churnTable(server.churn));
  if (scaleOut) tables.push(scaleOutTable(scaleOut));
  if (crash) tables.push(crashTable(crash));
  if (canvas) tables.push(canvasTable(canvas));
  tables.push(targetTable(targets));
  const noise = server ? worstNoise(server) : null;
  const noiseNote =
    noise && noise.foreignCpu > 0.1
      ? `Noise warning: in the worst window other processes used ${Math.round(noise.foreignCpu * 100)} % of the cores (the bench waited ${Math.round((server?.quietWaitMs ?? 0) / 1000)} s in all for quieter moments); compare peers by their figures from quiet windows (see "other CPU" in the tables).`
      : null;
  const line = [
    summaryLine(peers, canvas),
    scaleOut ? scaleOutSummaryPart(scaleOut) : "",
    crash ? crashSummaryPart(crash) : "",
  ]
    .filter(Boolean)
    .join("; ");
  /** Lost updates fail the run, after everything has been reported. */
  const failures = crash ? crashFailures(crash) : [];
  const machine = results.machine;
  const header = [
    `Latest full run: ${results.startedAt}, ${results.minutes.toFixed(1)} min, commit ${results.versions.brownpaperCommit}; ${machine.cores} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${results.versions.chromium}. Raw figures: \`bench/results/latest.json\`.`,
    ...(noiseNote ? ["", noiseNote] : []),
    ...(results.errors.length > 0
      ? ["", `Errors during the run: ${results.errors.map((error) => `\`${error.slice(0, 200)}\``).join("; ")}`]
      : []),
  ];
  return { peers, scaleOut, crash, targets, tables, noise, noiseNote, line, header, failures };
}
