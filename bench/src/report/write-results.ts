import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BENCH_DIR } from "../peers/peer-process";
import { markdownTable, type Table } from "./table";

export const RESULTS_DIR = join(BENCH_DIR, "results");
export const DOC_FILE = join(BENCH_DIR, "../docs/benchmarks.md");

const START = "<!-- bench:results:start -->";
const END = "<!-- bench:results:end -->";

/** `bench/results/<time>.json` and `latest.json` (or `latest-quick.json`); returns the file. */
export function writeResults(results: { startedAt: string; quick: boolean }): string {
  // A partial run (BENCH_ONLY) counts as quick: it never replaces the published results.
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = results.startedAt.replace(/[:.]/g, "-");
  const file = join(RESULTS_DIR, `${stamp}${results.quick ? "-quick" : ""}.json`);
  const json = `${JSON.stringify(results, null, 2)}\n`;
  writeFileSync(file, json);
  writeFileSync(join(RESULTS_DIR, results.quick ? "latest-quick.json" : "latest.json"), json);
  return file;
}

/**
 * Replaces the results section of docs/benchmarks.md, keeping the hand-written method and
 * analysis around it. A quick run never overwrites the published results.
 */
export function updateDoc(header: string[], tables: Table[], summary: string): void {
  const section = [
    START,
    "",
    ...header,
    "",
    ...tables.flatMap((table) => [markdownTable(table), ""]),
    "Summary:",
    "",
    "```",
    summary,
    "```",
    "",
    END,
  ].join("\n");
  const current = existsSync(DOC_FILE) ? readFileSync(DOC_FILE, "utf8") : `# Benchmarks\n\n${START}\n${END}\n`;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${section}${current.slice(end + END.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  mkdirSync(join(DOC_FILE, ".."), { recursive: true });
  writeFileSync(DOC_FILE, next);
}
