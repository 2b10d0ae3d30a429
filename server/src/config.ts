import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isLogLevel, LOG_LEVELS, type LogLevel } from "./logger";
import { loadOrCreateSecret } from "./secret";
import type { HeavyWorkSettings } from "./heavy-work/heavy-work";

export interface Config {
  port: number;
  host: string;
  /** Absolute path; created on start-up. */
  dataDir: string;
  secret: Buffer;
  /** Origin used in board links, e.g. `https://brownpaper.example.org`; derived from the Host header when absent. */
  publicUrl: string | undefined;
  /** Absolute path of the built client. */
  clientDist: string;
  /** Largest WebSocket message accepted (ws `maxPayload`). */
  maxMessageBytes: number;
  /** How long an empty board stays in memory after its last client leaves. */
  roomUnloadDelayMs: number;
  /** Stored updates per board between compactions. */
  compactEvery: number;
  logLevel: LogLevel;
  /** Use the last X-Forwarded-For address as the client's (only behind a proxy that sets it). */
  trustProxy: boolean;
  /** When set, `GET /metrics` wants `Authorization: Bearer <metricsToken>`. */
  metricsToken: string | undefined;
  /** PostgreSQL connection URL; boards live there instead of SQLite in `dataDir`. */
  databaseUrl: string | undefined;
  /** PostgreSQL schema for Brownpaper's tables (created if missing); `public` when unset. */
  databaseSchema: string | undefined;
  /** Redis URL; instances sharing it (and the database) share live boards. */
  redisUrl: string | undefined;
  /**
   * With Redis: how long a board just loaded here waits at most for the other instances to say
   * who is here before it lets a presence id it has not seen yet in (see AwarenessGuard.hold).
   */
  presenceWaitMs: number;
  limits: Limits;
}

/** What the HTTP side lets one address or board take, and how long it waits. Every field is an environment variable. */
export interface HttpLimits {
  /** Boards one address may create (blank or imported) in any 60 seconds; past it 429 with Retry-After. 0 = no limit. */
  boardCreationsPerMinute: number;
  /** Snapshots one board may keep; past it 409. */
  maxSnapshotsPerBoard: number;
  /** Bytes of snapshot data one board may keep; a snapshot that would pass it is refused with 413. */
  maxSnapshotBytesPerBoard: number;
  /** Free bytes DATA_DIR's file system must keep; below it writes get 507 and /healthz 503. 0 = no floor. */
  diskFreeFloorBytes: number;
  /** How long a request body may take to arrive; past it 408. */
  bodyTimeoutMs: number;
  /** How long request headers may take to arrive (Node's headersTimeout). */
  headersTimeoutMs: number;
  /** How long /healthz waits for the store and the disk before it answers 503. */
  healthTimeoutMs: number;
  /** Open TCP connections the server accepts, WebSockets included (Node's maxConnections). */
  maxHttpConnections: number;
  /** Open plain HTTP connections (not WebSockets) per address; ignored with TRUST_PROXY, where the proxy is the address. */
  maxHttpConnectionsPerIp: number;
}

/**
 * What boards may cost in memory and on disk, and how long the store may keep a board waiting.
 * Every field is an environment variable (README, "Limits").
 */
export interface StorageLimits {
  /** Bytes a board's stored log may hold; an update that would take it past this is refused (4413). */
  maxBoardBytes: number;
  /** Boards in memory at once; past it, idle boards are unloaded first, least recently used first. */
  maxLoadedBoards: number;
  /**
   * Stored bytes of the boards in memory, added up; a board is loaded only while the total is below it.
   * A board in memory takes some 15-20 times its stored size (7.5 MB stored took about 130 MB).
   */
  maxLoadedBytes: number;
  /** Bytes of a board's updates waiting for the store; past it the board closes with 1011. */
  maxUnstoredBytesPerBoard: number;
  /** Presence states (JSON bytes) one board holds, added up; a state that would pass it is dropped. */
  maxPresenceBytesPerBoard: number;
  /** PostgreSQL: statement_timeout, and how long the client waits for any answer (query_timeout). */
  databaseQueryTimeoutMs: number;
  /** SQLite: how long one write attempt waits for another process's lock before it is retried later. */
  sqliteBusyTimeoutMs: number;
  /** SQLite: how long a locked write keeps being retried (without blocking) before it fails. */
  sqliteBusyRetryMs: number;
  /** On shutdown, how long storing what is still unsaved may take before the process stops anyway. */
  shutdownFlushTimeoutMs: number;
}

/** What one client, board or address may cost the server. Every field is an environment variable. */
export interface Limits extends HttpLimits, StorageLimits, HeavyWorkSettings {
  maxConnectionsPerBoard: number;
  maxConnectionsPerIp: number;
  /** Per-connection token buckets; each holds two seconds' worth (bytes: at least one largest message). */
  messagesPerSecond: number;
  bytesPerSecond: number;
  /** Main-thread milliseconds per second a connection's messages may take (decode, apply, replies). */
  cpuMsPerSecond: number;
  /** Frames a connection may have waiting while its board loads or its last update is checked. */
  maxQueuedMessages: number;
  maxQueuedBytes: number;
  /** A client whose unsent data passes this is disconnected as a slow reader. */
  maxBufferedBytes: number;
  /** Largest presence state (JSON) one client id may hold. */
  maxAwarenessStateBytes: number;
  /** Updates with at least this many structs and deletions are first applied in a worker thread. */
  updateTrialStructs: number;
  /** How long that trial may take before the update is refused. */
  updateTrialTimeoutMs: number;
  /** Updates waiting for missing history, per board, before the connection that sent them is closed. */
  maxPendingUpdateBytes: number;
  /** WebSocket ping interval; a connection that missed the previous pong is dropped. 0 = off. */
  pingIntervalMs: number;
  /** After a connection is closed for what it cost (rate, CPU, costly updates), its address waits this long. */
  offenderCooldownMs: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

type Env = Record<string, string | undefined>;

const SERVER_ROOT = fileURLToPath(new URL("..", import.meta.url));

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

function flag(env: Env, name: string): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === "") return false;
  if (["1", "true", "yes"].includes(raw)) return true;
  if (["0", "false", "no"].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}".`);
}

const MIB = 1024 * 1024;

/** The limits with every variable unset: what the README documents as defaults. */
export function defaultLimits(): Limits {
  return limits({}, 8 * MIB);
}

function httpLimits(env: Env): HttpLimits {
  return {
    boardCreationsPerMinute: integer(env, "BOARD_CREATIONS_PER_MINUTE", 30, 0, 1_000_000),
    maxSnapshotsPerBoard: integer(env, "MAX_SNAPSHOTS_PER_BOARD", 200, 1, 1_000_000),
    maxSnapshotBytesPerBoard: integer(env, "MAX_SNAPSHOT_BYTES_PER_BOARD", 256 * MIB, 1024, 1024 * 1024 * MIB),
    diskFreeFloorBytes: integer(env, "DISK_FREE_FLOOR_BYTES", 256 * MIB, 0, Number.MAX_SAFE_INTEGER),
    bodyTimeoutMs: integer(env, "BODY_TIMEOUT_MS", 30_000, 100, 60 * 60 * 1000),
    headersTimeoutMs: integer(env, "HEADERS_TIMEOUT_MS", 20_000, 100, 60 * 60 * 1000),
    healthTimeoutMs: integer(env, "HEALTH_TIMEOUT_MS", 2000, 10, 60_000),
    maxHttpConnections: integer(env, "MAX_HTTP_CONNECTIONS", 10_000, 1, 1_000_000),
    maxHttpConnectionsPerIp: integer(env, "MAX_HTTP_CONNECTIONS_PER_IP", 256, 1, 1_000_000),
  };
}

function storageLimits(env: Env): StorageLimits {
  return {
    maxBoardBytes: integer(env, "MAX_BOARD_BYTES", 32 * MIB, 1024, 64 * 1024 * MIB),
    maxLoadedBoards: integer(env, "MAX_LOADED_BOARDS", 1000, 1, 1_000_000),
    maxLoadedBytes: integer(env, "MAX_LOADED_BYTES", 256 * MIB, 1024, 1024 * 1024 * MIB),
    maxUnstoredBytesPerBoard: integer(env, "MAX_UNSTORED_BYTES_PER_BOARD", 16 * MIB, 1024, 64 * 1024 * MIB),
    maxPresenceBytesPerBoard: integer(env, "MAX_PRESENCE_BYTES_PER_BOARD", 512 * 1024, 1024, 1024 * MIB),
    databaseQueryTimeoutMs: integer(env, "DATABASE_QUERY_TIMEOUT_MS", 10_000, 100, 10 * 60 * 1000),
    sqliteBusyTimeoutMs: integer(env, "SQLITE_BUSY_TIMEOUT_MS", 50, 0, 60_000),
    sqliteBusyRetryMs: integer(env, "SQLITE_BUSY_RETRY_MS", 10_000, 0, 10 * 60 * 1000),
    shutdownFlushTimeoutMs: integer(env, "SHUTDOWN_FLUSH_TIMEOUT_MS", 10_000, 0, 10 * 60 * 1000),
  };
}

/** Imports and exports in worker threads (see HeavyWorkPool), and the cache of finished exports. */
function heavyWorkSettings(env: Env): HeavyWorkSettings {
  return {
    heavyWorkThreads: integer(env, "HEAVY_WORK_THREADS", 2, 1, 64),
    heavyWorkTimeoutMs: integer(env, "HEAVY_WORK_TIMEOUT_MS", 20_000, 100, 10 * 60 * 1000),
    heavyWorkQueue: integer(env, "HEAVY_WORK_QUEUE", 32, 0, 100_000),
    heavyWorkMemoryMb: integer(env, "HEAVY_WORK_MEMORY_MB", 1024, 64, 64 * 1024),
    exportCacheBytes: integer(env, "EXPORT_CACHE_BYTES", 64 * MIB, 0, 64 * 1024 * MIB),
  };
}

function limits(env: Env, maxMessageBytes: number): Limits {
  return {
    ...heavyWorkSettings(env),
    ...httpLimits(env),
    ...storageLimits(env),
    maxConnectionsPerBoard: integer(env, "MAX_CONNECTIONS_PER_BOARD", 200, 1, 1_000_000),
    maxConnectionsPerIp: integer(env, "MAX_CONNECTIONS_PER_IP", 100, 1, 1_000_000),
    messagesPerSecond: integer(env, "RATE_LIMIT_MESSAGES_PER_SECOND", 300, 1, 1_000_000),
    bytesPerSecond: integer(env, "RATE_LIMIT_BYTES_PER_SECOND", MIB, 1024, 1024 * MIB),
    cpuMsPerSecond: integer(env, "RATE_LIMIT_CPU_MS_PER_SECOND", 250, 1, 1000),
    maxQueuedMessages: integer(env, "MAX_QUEUED_MESSAGES", 256, 1, 1_000_000),
    maxQueuedBytes: integer(env, "MAX_QUEUED_BYTES", Math.max(16 * MIB, 2 * maxMessageBytes), 1024, 4096 * MIB),
    maxBufferedBytes: integer(env, "MAX_BUFFERED_BYTES", 4 * MIB, 1024, 4096 * MIB),
    maxAwarenessStateBytes: integer(env, "MAX_AWARENESS_STATE_BYTES", 8 * 1024, 16, 1024 * MIB),
    updateTrialStructs: integer(env, "UPDATE_TRIAL_STRUCTS", 1000, 1, 100_000_000),
    updateTrialTimeoutMs: integer(env, "UPDATE_TRIAL_TIMEOUT_MS", 500, 10, 10 * 60 * 1000),
    maxPendingUpdateBytes: integer(env, "MAX_PENDING_UPDATE_BYTES", MIB, 0, 1024 * MIB),
    pingIntervalMs: integer(env, "PING_INTERVAL_MS", 30_000, 0, 24 * 60 * 60 * 1000),
    offenderCooldownMs: integer(env, "OFFENDER_COOLDOWN_MS", 10_000, 0, 24 * 60 * 60 * 1000),
  };
}

function publicUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === "") return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an absolute URL such as https://brownpaper.example.org, got "${raw}".`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(`PUBLIC_URL must start with http:// or https://, got "${raw}".`);
  }
  if (url.search !== "" || url.hash !== "") throw new ConfigError("PUBLIC_URL must not carry a query or a fragment.");
  return url.href.replace(/\/+$/, "");
}

/** A URL with its password replaced, for messages and logs. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password !== "") url.password = "***";
    return url.href;
  } catch {
    return "(unparseable URL)";
  }
}

function serviceUrl(env: Env, name: string, protocols: readonly string[], example: string): string | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "") return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL such as ${example}.`);
  }
  if (!protocols.includes(url.protocol) || url.hostname === "") {
    throw new ConfigError(`${name} must be a URL such as ${example}, got "${redactUrl(raw)}".`);
  }
  return raw;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function databaseSchema(env: Env, databaseUrl: string | undefined): string | undefined {
  const raw = env.DATABASE_SCHEMA?.trim();
  if (raw === undefined || raw === "") return undefined;
  if (databaseUrl === undefined) throw new ConfigError("DATABASE_SCHEMA is set but DATABASE_URL is not.");
  if (!SCHEMA_NAME.test(raw))
    throw new ConfigError(
      `DATABASE_SCHEMA must be lower-case letters, digits and _ (not starting with a digit), got "${raw}".`,
    );
  return raw;
}

/** Reads and validates the environment; a bad value throws a ConfigError naming the variable. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const logLevel = env.LOG_LEVEL?.trim() || "info";
  if (!isLogLevel(logLevel))
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${logLevel}".`);
  // Everything that can be checked without touching the disk is checked first.
  const maxMessageBytes = integer(env, "MAX_MESSAGE_BYTES", 8 * MIB, 1024, 1024 * MIB);
  const databaseUrl = serviceUrl(
    env,
    "DATABASE_URL",
    ["postgres:", "postgresql:"],
    "postgres://user:password@127.0.0.1:5432/brownpaper",
  );
  const settings = {
    port: integer(env, "PORT", 8080, 0, 65535),
    host: env.HOST?.trim() || "0.0.0.0",
    publicUrl: publicUrl(env.PUBLIC_URL),
    clientDist: env.CLIENT_DIST?.trim() ? resolve(cwd, env.CLIENT_DIST.trim()) : resolve(SERVER_ROOT, "../client/dist"),
    maxMessageBytes,
    roomUnloadDelayMs: integer(env, "ROOM_UNLOAD_DELAY_MS", 10_000, 0, 24 * 60 * 60 * 1000),
    compactEvery: integer(env, "COMPACT_EVERY", 500, 1, 10_000_000),
    logLevel,
    trustProxy: flag(env, "TRUST_PROXY"),
    metricsToken: env.METRICS_TOKEN?.trim() || undefined,
    databaseUrl,
    databaseSchema: databaseSchema(env, databaseUrl),
    redisUrl: serviceUrl(env, "REDIS_URL", ["redis:", "rediss:"], "redis://127.0.0.1:6379"),
    presenceWaitMs: integer(env, "PRESENCE_WAIT_MS", 1000, 0, 60_000),
    limits: limits(env, maxMessageBytes),
  };
  // Every instance behind one balancer must accept the links the others signed.
  if (settings.redisUrl !== undefined && !env.BROWNPAPER_SECRET?.trim()) {
    throw new ConfigError(
      "REDIS_URL is set, so several instances share boards: give every instance the same BROWNPAPER_SECRET.",
    );
  }

  const dataDir = resolve(cwd, env.DATA_DIR?.trim() || "./data");
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new ConfigError(`DATA_DIR ${dataDir} cannot be created: ${(error as Error).message}`);
  }
  try {
    return { ...settings, dataDir, secret: loadOrCreateSecret(dataDir, env.BROWNPAPER_SECRET) };
  } catch (error) {
    throw new ConfigError(`Secret: ${(error as Error).message}`);
  }
}
