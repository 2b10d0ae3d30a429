import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultLimits, type Config, type Limits } from "../src/config";
import { isLogLevel } from "../src/logger";
import { sampleValue } from "../src/metrics";
import { startServer, type RunningServer, type ServerOptions } from "../src/server";
import type { BoardStore } from "../src/storage/board-store";
import { openStore } from "../src/storage/open-store";
import { dropSchema, TEST_DATABASE_URL } from "./postgres";
import { TEST_REDIS_URL } from "./redis";

export const TEST_SECRET = Buffer.from("brownpaper-test-secret-0123456789abcdef");

export interface CreatedBoard {
  id: string;
  editToken: string;
  viewToken: string;
  facilitatorToken: string;
  editUrl: string;
  viewUrl: string;
  facilitatorUrl: string;
}

export function tempDir(prefix = "brownpaper-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Config fields to change for one test; `limits` are merged into the defaults. */
export type ConfigOverrides = Partial<Omit<Config, "limits">> & { limits?: Partial<Limits> };

/**
 * TEST_SCALE_OUT=1 runs every test server on PostgreSQL (a schema of its own) and Redis instead
 * of SQLite and the local bus, to check the hardened server's behaviour holds there too.
 */
export const SCALE_OUT = process.env.TEST_SCALE_OUT === "1";
const SCALE_OUT_SCHEMA_PREFIX = "bp_scale_";

function scaleOutSettings(): Pick<Config, "databaseUrl" | "databaseSchema" | "redisUrl"> {
  if (!SCALE_OUT) return { databaseUrl: undefined, databaseSchema: undefined, redisUrl: undefined };
  const schema = `${SCALE_OUT_SCHEMA_PREFIX}${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  return { databaseUrl: TEST_DATABASE_URL, databaseSchema: schema, redisUrl: TEST_REDIS_URL };
}

export function testConfig(dataDir: string, overrides: ConfigOverrides = {}): Config {
  const logLevel = process.env.LOG_LEVEL ?? "silent";
  const { limits, ...rest } = overrides;
  return {
    port: 0,
    host: "127.0.0.1",
    dataDir,
    secret: TEST_SECRET,
    publicUrl: undefined,
    clientDist: join(dataDir, "no-client-dist"),
    maxMessageBytes: 8 * 1024 * 1024,
    roomUnloadDelayMs: 50,
    compactEvery: 500,
    logLevel: isLogLevel(logLevel) ? logLevel : "silent",
    trustProxy: false,
    metricsToken: undefined,
    presenceWaitMs: 1000,
    ...scaleOutSettings(),
    ...rest,
    limits: { ...defaultLimits(), ...limits },
  };
}

/** A real server on port 0 with its own temporary DATA_DIR, and ways to talk to it. */
export class TestServer {
  private constructor(
    readonly server: RunningServer,
    readonly config: Config,
  ) {}

  static async start(overrides: ConfigOverrides = {}, options: ServerOptions = {}): Promise<TestServer> {
    const config = testConfig(overrides.dataDir ?? tempDir(), overrides);
    // A test that brings its own store means that store, on restart too.
    if (options.store) Object.assign(config, { databaseUrl: undefined, databaseSchema: undefined });
    return new TestServer(await startServer(config, options), config);
  }

  get url(): string {
    return this.server.url;
  }

  /** The base URL y-websocket providers are given (`ws://…/sync`). */
  get syncUrl(): string {
    return `${this.server.url.replace(/^http/, "ws")}/sync`;
  }

  async createBoard(body?: unknown): Promise<CreatedBoard> {
    const response = await this.post("/api/boards", body);
    if (response.status !== 201)
      throw new Error(`POST /api/boards answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as CreatedBoard;
  }

  post(path: string, body?: unknown): Promise<Response> {
    return fetch(`${this.url}${path}`, {
      method: "POST",
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  get(path: string, token?: string): Promise<Response> {
    return fetch(`${this.url}${path}`, { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });
  }

  /** One sample from `GET /metrics`, e.g. `brownpaper_rejected_total{reason="slow_reader"}`. */
  async metric(series: string): Promise<number> {
    const value = sampleValue(await (await this.get("/metrics")).text(), series);
    if (value === undefined) throw new Error(`/metrics has no ${series}`);
    return value;
  }

  /** A second handle on the server's store (SQLite in its DATA_DIR, or its PostgreSQL schema), to inspect or damage it. */
  async openStore(): Promise<BoardStore> {
    return (await openStore(this.config)).store;
  }

  /** Stops the server; the DATA_DIR stays for a restart. */
  close(): Promise<void> {
    return this.server.close();
  }

  /** A new server process on the same DATA_DIR (after `close`). */
  restart(options: ServerOptions = {}): Promise<TestServer> {
    return TestServer.start({ ...this.config, port: 0 }, options);
  }

  removeDataDir(): void {
    rmSync(this.config.dataDir, { recursive: true, force: true });
  }

  /** The DATA_DIR, and the PostgreSQL schema TEST_SCALE_OUT gave this server. */
  async removeData(): Promise<void> {
    this.removeDataDir();
    const schema = this.config.databaseSchema;
    if (schema?.startsWith(SCALE_OUT_SCHEMA_PREFIX)) await dropSchema(schema);
  }
}

/** The name of the counter of refusals for `reason`, as /metrics prints it. */
export const rejected = (reason: string): string => `brownpaper_rejected_total{reason="${reason}"}`;
