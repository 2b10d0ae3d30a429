import { canvasBench, chromiumVersion, type CanvasResults } from "./canvas/canvas-bench";
import { makePlan } from "./plan";
import { summarizePeers, worstNoise } from "./report/summarize";
import { textTable, type Table } from "./report/table";
import { canvasTable, churnTable, peerTable, rampTable, scenarioTable, targetTable } from "./report/tables";
import { summaryLine, targetRows } from "./report/targets";
import { machineInfo, versions } from "./report/environment";
import { updateDoc, writeResults } from "./report/write-results";
import { serverBench, type ServerBenchResults } from "./server/server-bench";

/**
 * `pnpm bench`: Brownpaper's server against the reference y-websocket server and Hocuspocus,
 * and its canvas against bare React Flow. BENCH_QUICK=1 for a short run; BENCH_ONLY=server or
 * BENCH_ONLY=canvas for one half.
 */
const quick = process.env.BENCH_QUICK === "1";
const only = process.env.BENCH_ONLY;
const plan = makePlan(quick);
const startedAt = new Date().toISOString();
const began = performance.now();
const log = (line: string): void => console.log(line);
process.on("SIGINT", () => process.exit(130));

log(`Brownpaper bench (${quick ? "quick" : "full"} run), ${startedAt}`);
let server: ServerBenchResults | null = null;
let canvas: CanvasResults | null = null;
const errors: string[] = [];
if (only !== "canvas") {
  log("Server load: peers one after another, shuffled; server on core 0, load generator on core 1");
  server = await serverBench(plan, log);
  errors.push(...server.errors);
}
if (only !== "server") {
  log("Canvas: headless Chromium, Brownpaper's board page vs bare React Flow");
  try {
    canvas = await canvasBench(plan, log);
    errors.push(...canvas.errors);
  } catch (error) {
    errors.push(`canvas: ${(error as Error).message}`);
  }
}

const peers = server ? summarizePeers(server) : null;
const targets = targetRows(peers, canvas);
const tables: Table[] = [];
if (peers && server) {
  tables.push(scenarioTable(peers), peerTable(peers), rampTable(Object.fromEntries(Object.entries(server.peers).map(([name, peer]) => [name, peer.ramp]))));
  if (server.churn) tables.push(churnTable(server.churn));
}
if (canvas) tables.push(canvasTable(canvas));
tables.push(targetTable(targets));
const noise = server ? worstNoise(server) : null;
const noiseNote =
  noise && noise.foreignCpu > 0.1
    ? `Noise warning: in the worst window other processes used ${Math.round(noise.foreignCpu * 100)} % of the cores (the bench waited ${Math.round((server?.quietWaitMs ?? 0) / 1000)} s in all for quieter moments); compare peers by their figures from quiet windows (see "other CPU" in the tables).`
    : null;
const summary = summaryLine(peers, canvas);
const minutes = (performance.now() - began) / 60_000;

const results = {
  startedAt,
  quick,
  minutes,
  machine: machineInfo(),
  versions: versions(canvas?.chromium ?? chromiumVersion()),
  plan,
  server,
  canvas,
  summary: { peers, targets, noise, line: summary },
  errors,
};
const file = writeResults(results);
if (!quick && !only) {
  const machine = results.machine;
  updateDoc(
    [
      `Latest full run: ${startedAt}, ${minutes.toFixed(1)} min, commit ${results.versions.brownpaperCommit}; ${machine.cores} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${results.versions.chromium}. Raw figures: \`bench/results/latest.json\`.`,
      ...(noiseNote ? ["", noiseNote] : []),
      ...(errors.length > 0 ? ["", `Errors during the run: ${errors.map((error) => `\`${error.slice(0, 200)}\``).join("; ")}`] : []),
    ],
    tables,
    summary,
  );
}

log("");
for (const table of tables) log(`${textTable(table)}\n`);
if (noiseNote) log(`${noiseNote}\n`);
if (errors.length > 0) log(`Errors:\n${errors.map((error) => `  - ${error}`).join("\n")}\n`);
log(`Results: ${file} (${minutes.toFixed(1)} min)`);
log(summary);
process.exit(0);
