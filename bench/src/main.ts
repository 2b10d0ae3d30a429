import { readFileSync, writeFileSync } from "node:fs";
import { canvasBench, chromiumVersion, type CanvasResults } from "./canvas/canvas-bench";
import { makePlan } from "./plan";
import { machineInfo, versions } from "./report/environment";
import { buildReport, type BenchResults } from "./report/report";
import { textTable } from "./report/table";
import { updateDoc, writeResults } from "./report/write-results";
import { serverBench, type ServerBenchResults } from "./server/server-bench";

/**
 * `pnpm bench`: Brownpaper's server against the reference y-websocket server and Hocuspocus,
 * and its canvas against bare React Flow. BENCH_QUICK=1 for a short run; BENCH_ONLY=server or
 * BENCH_ONLY=canvas for one half, BENCH_ONLY=scaleout for one board on one instance vs two,
 * BENCH_ONLY=crash for the SIGKILL rounds; BENCH_REPORT=<results.json> re-reports a saved run.
 * Exits 1 when the SIGKILL rounds lost an update or could not complete.
 */
const log = (line: string): void => console.log(line);
process.on("SIGINT", () => process.exit(130));

async function measure(): Promise<BenchResults> {
  const quick = process.env.BENCH_QUICK === "1";
  const only = process.env.BENCH_ONLY;
  const plan = makePlan(quick);
  const startedAt = new Date().toISOString();
  const began = performance.now();
  log(`Brownpaper bench (${quick ? "quick" : "full"} run), ${startedAt}`);
  let server: ServerBenchResults | null = null;
  let canvas: CanvasResults | null = null;
  const errors: string[] = [];
  const serverOnly = only === "scaleout" || only === "crash";
  if (only !== "canvas") {
    if (!serverOnly) log("Server load: peers one after another, shuffled; server on core 0, load generator on core 1");
    server = await serverBench(plan, log, only === "scaleout" || only === "crash" ? only : "all");
    errors.push(...server.errors);
  }
  if (only !== "server" && !serverOnly) {
    log("Canvas: headless Chromium, Brownpaper's board page vs bare React Flow");
    try {
      canvas = await canvasBench(plan, log);
      errors.push(...canvas.errors);
    } catch (error) {
      errors.push(`canvas: ${(error as Error).message}`);
    }
  }
  return {
    startedAt,
    quick: quick || only !== undefined,
    minutes: (performance.now() - began) / 60_000,
    machine: machineInfo(),
    versions: versions(canvas?.chromium ?? chromiumVersion()),
    plan,
    server,
    canvas,
    errors,
  };
}

const reportFile = process.env.BENCH_REPORT;
const results: BenchResults = reportFile
  ? (JSON.parse(readFileSync(reportFile, "utf8")) as BenchResults)
  : await measure();
const report = buildReport(results);
results.summary = {
  peers: report.peers,
  scaleOut: report.scaleOut,
  targets: report.targets,
  noise: report.noise,
  line: report.line,
  failures: report.failures,
};
let file: string;
if (reportFile) {
  file = reportFile;
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
} else {
  file = writeResults(results);
}
if (!results.quick) updateDoc(report.header, report.tables, report.line);

log("");
for (const table of report.tables) log(`${textTable(table)}\n`);
if (report.noiseNote) log(`${report.noiseNote}\n`);
if (results.errors.length > 0) log(`Errors:\n${results.errors.map((error) => `  - ${error}`).join("\n")}\n`);
log(`Results: ${file} (${results.minutes.toFixed(1)} min)`);
log(report.line);
if (report.failures.length > 0) {
  log(`\nFAILED:\n${report.failures.map((failure) => `  - ${failure}`).join("\n")}`);
  process.exit(1);
}
process.exit(0);
