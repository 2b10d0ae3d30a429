import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cpus, release, totalmem } from "node:os";
import { join } from "node:path";
import { BENCH_DIR } from "../peers/peer-process";

function versionIn(dir: string, name: string): string {
  const file = join(dir, "node_modules", name, "package.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version : "missing";
}

function git(args: string[]): string {
  try {
    return execFileSync("git", args, { cwd: BENCH_DIR, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
}

export function machineInfo() {
  return {
    cpuModel: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    kernel: release(),
    node: process.version,
  };
}

export function versions(chromium: string | null) {
  const server = join(BENCH_DIR, "../server");
  const client = join(BENCH_DIR, "../client");
  return {
    brownpaperCommit: `${git(["rev-parse", "--short", "HEAD"])}${git(["status", "--porcelain", "--", "../server", "../client", "../shared"]) ? "+dirty" : ""}`,
    serverYjs: versionIn(server, "yjs"),
    serverWs: versionIn(server, "ws"),
    betterSqlite3: versionIn(server, "better-sqlite3"),
    yWebsocketServer: versionIn(BENCH_DIR, "@y/websocket-server"),
    yLeveldb: versionIn(BENCH_DIR, "y-leveldb"),
    hocuspocusServer: versionIn(BENCH_DIR, "@hocuspocus/server"),
    hocuspocusSqlite: versionIn(BENCH_DIR, "@hocuspocus/extension-sqlite"),
    loadgenYjs: versionIn(BENCH_DIR, "yjs"),
    loadgenWs: versionIn(BENCH_DIR, "ws"),
    clientXyflow: versionIn(client, "@xyflow/react"),
    baselineXyflow: versionIn(BENCH_DIR, "@xyflow/react"),
    playwrightCore: versionIn(BENCH_DIR, "playwright-core"),
    chromium,
  };
}
