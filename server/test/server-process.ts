import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { basename } from "node:path";
import { dropSchema, TEST_DATABASE_URL } from "./postgres";
import { TEST_REDIS_URL } from "./redis";
import { SCALE_OUT, TEST_SECRET, type CreatedBoard } from "./test-server";

const SERVER_ROOT = fileURLToPath(new URL("..", import.meta.url));
const START_TIMEOUT_MS = 20_000;

function parseLine(line: string): { event?: string; url?: string } {
  try {
    return JSON.parse(line) as { event?: string; url?: string };
  } catch {
    return {};
  }
}

function scaleOutSchema(dataDir: string): string {
  return `bp_scale_${basename(dataDir)
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, "_")}`.slice(0, 63);
}

/** Under TEST_SCALE_OUT, PostgreSQL (a schema named after the DATA_DIR, so a restart finds it) and Redis. */
function scaleOutEnv(dataDir: string): Record<string, string> {
  if (!SCALE_OUT) return {};
  return { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: scaleOutSchema(dataDir), REDIS_URL: TEST_REDIS_URL };
}

/** Removes what servers started on `dataDir` stored: the directory, and under TEST_SCALE_OUT their schema. */
export async function removeServerData(dataDir: string): Promise<void> {
  rmSync(dataDir, { recursive: true, force: true });
  if (SCALE_OUT) await dropSchema(scaleOutSchema(dataDir));
}

/** Every server this process started and that still runs, killed if this process exits first (a bench stopped with Ctrl-C). */
const running = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * The real server as its own process (`node --import tsx src/index.ts`, which is what `tsx`
 * runs without the wrapper process, so a signal reaches the server itself), for what only a
 * process can show: SIGKILL, SIGTERM, RSS.
 */
export class ServerProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    readonly exited: Promise<Exit>,
    /** Everything the process wrote to stdout, one JSON log line each. */
    readonly log: string[],
  ) {}

  static async start(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
    const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
      cwd: SERVER_ROOT,
      env: {
        ...process.env,
        PORT: "0",
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        BROWNPAPER_SECRET: TEST_SECRET.toString(),
        ...scaleOutEnv(dataDir),
        ...env,
        // The start-up line (info) is how the test learns the port.
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    running.add(child);
    const exited = new Promise<Exit>((resolve) =>
      child.once("exit", (code, signal) => {
        running.delete(child);
        resolve({ code, signal });
      }),
    );
    const log: string[] = [];
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`server did not start in ${START_TIMEOUT_MS} ms: ${stderr}`)),
        START_TIMEOUT_MS,
      );
      let pending = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        pending += chunk.toString();
        const complete = pending.split("\n");
        pending = complete.pop() ?? "";
        for (const line of complete) {
          log.push(line);
          const entry = parseLine(line);
          if (entry.event === "server.started" && entry.url) {
            clearTimeout(timer);
            resolve(entry.url);
          }
        }
      });
      void exited.then((exit) =>
        reject(new Error(`server exited while starting (${JSON.stringify(exit)}): ${stderr}`)),
      );
    }).catch((error: unknown) => {
      child.kill("SIGKILL");
      throw error;
    });
    return new ServerProcess(child, url, exited, log);
  }

  get pid(): number {
    return this.child.pid!;
  }

  get port(): number {
    return Number(new URL(this.url).port);
  }

  get syncUrl(): string {
    return `${this.url.replace(/^http/, "ws")}/sync`;
  }

  kill(signal: NodeJS.Signals): Promise<Exit> {
    this.child.kill(signal);
    return this.exited;
  }

  async createBoard(): Promise<CreatedBoard> {
    const response = await fetch(`${this.url}/api/boards`, { method: "POST" });
    if (response.status !== 201) throw new Error(`POST /api/boards answered ${response.status}`);
    return (await response.json()) as CreatedBoard;
  }

  async metricsText(): Promise<string> {
    return (await fetch(`${this.url}/metrics`)).text();
  }
}
