import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isLogLevel, LOG_LEVELS, type LogLevel } from "./logger";
import { loadOrCreateSecret } from "./secret";
import { ConfigError, flag, integer, type Env } from "./config-env";
import { limits, MIB, type Limits } from "./config-limits";

export { ConfigError } from "./config-env";
export { defaultLimits, type HttpLimits, type Limits, type StorageLimits } from "./config-limits";

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

const SERVER_ROOT = fileURLToPath(new URL("..", import.meta.url));

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
