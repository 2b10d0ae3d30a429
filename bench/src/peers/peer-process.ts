import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ProbeStats } from "../../peers/probe";
import { RpcClient } from "../rpc";
import type { PeerName } from "./board-address";

export const BENCH_DIR = fileURLToPath(new URL("../..", import.meta.url));

const LAUNCHERS: Record<PeerName, string> = {
  brownpaper: "peers/brownpaper.ts",
  "y-websocket": "peers/y-websocket.ts",
  hocuspocus: "peers/hocuspocus.ts",
};

let tasksetChecked: boolean | null = null;

/** Every process the bench started, so none outlives it, even on Ctrl-C. */
const children = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

/** Whether `taskset` can pin processes here (util-linux; absent on some systems). */
export function canPin(): boolean {
  tasksetChecked ??= spawnSync("taskset", ["-c", "0", "true"]).status === 0;
  return tasksetChecked;
}

/**
 * `node --import tsx <script>` pinned to `cpu` when possible, with an IPC channel. `taskset`
 * execs node in place, so the child's pid is the node process's pid.
 */
export function spawnNode(
  script: string,
  options: { cpu?: number; env?: NodeJS.ProcessEnv; nodeArgs?: string[] },
): ChildProcess {
  const node = [process.execPath, "--import", "tsx", ...(options.nodeArgs ?? []), script];
  const [command, ...args] =
    options.cpu !== undefined && canPin() ? ["taskset", "-c", String(options.cpu), ...node] : node;
  const child = spawn(command!, args, {
    cwd: BENCH_DIR,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", process.env.BENCH_CHILD_STDOUT ? "inherit" : "ignore", "pipe", "ipc"],
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export function readRssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
  if (kb === undefined) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(kb) * 1024;
}

export interface PeerOptions {
  /** Reused across restarts of the same peer (cold load); a new temp dir when absent. */
  dataDir?: string;
  cpu?: number;
  env?: NodeJS.ProcessEnv;
  /** e.g. `--cpu-prof` for profiling. */
  nodeArgs?: string[];
}

/** One peer server, started by the bench on loopback and stopped by it. */
export class PeerProcess {
  private stderr = "";
  private exited: Promise<void>;
  private readonly rpc: RpcClient;

  private constructor(
    readonly name: PeerName,
    readonly port: number,
    readonly dataDir: string,
    private readonly child: ChildProcess,
  ) {
    this.rpc = new RpcClient(child);
    child.stderr?.on("data", (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    this.exited = new Promise((resolve) => child.once("exit", () => resolve()));
  }

  static async start(name: PeerName, options: PeerOptions = {}): Promise<PeerProcess> {
    const port = await freePort();
    const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), `bench-${name}-`));
    const env: NodeJS.ProcessEnv = {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      YPERSISTENCE: join(dataDir, "leveldb"),
      LOG_LEVEL: "error",
      NODE_ENV: "production",
      // Every simulated participant connects from 127.0.0.1; Brownpaper's cap of 100 connections
      // per IP would refuse the many-teams scenario's 500. Its other limits stay as shipped.
      MAX_CONNECTIONS_PER_IP: "1000000",
      // The load generator creates every scenario's boards from 127.0.0.1, hundreds in seconds.
      BOARD_CREATIONS_PER_MINUTE: "0",
      ...options.env,
    };
    const child = spawnNode(LAUNCHERS[name], {
      cpu: options.cpu,
      env,
      nodeArgs: ["--expose-gc", ...(options.nodeArgs ?? [])],
    });
    const peer = new PeerProcess(name, port, dataDir, child);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name} did not start within 30 s: ${peer.stderr}`)), 30_000);
      child.on("message", (message: { type?: string }) => {
        if (message?.type === "ready") {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`${name} exited with ${code} before it was ready: ${peer.stderr}`));
      });
    });
    return peer;
  }

  get pid(): number {
    return this.child.pid!;
  }

  rssBytes(): number {
    return readRssBytes(this.pid);
  }

  /** VmRSS after two full GCs, so garbage left by earlier work does not count as a board's. */
  async settledRssBytes(): Promise<number> {
    await this.rpc.call("gc");
    await new Promise((resolve) => setTimeout(resolve, 200));
    return this.rssBytes();
  }

  resetEventLoop(): Promise<void> {
    return this.rpc.call("resetEventLoop");
  }

  stats(): Promise<ProbeStats> {
    return this.rpc.call("stats");
  }

  get errorOutput(): string {
    return this.stderr;
  }

  /** SIGTERM (each peer stores what it holds), SIGKILL after `graceMs`. */
  async stop(graceMs = 15_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill("SIGTERM");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  removeDataDir(): void {
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
