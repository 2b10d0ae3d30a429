import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isLogLevel, LOG_LEVELS, type LogLevel } from "./logger";
import { loadOrCreateSecret } from "./secret";

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

/** Reads and validates the environment; a bad value throws a ConfigError naming the variable. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const logLevel = env.LOG_LEVEL?.trim() || "info";
  if (!isLogLevel(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${logLevel}".`);
  // Everything that can be checked without touching the disk is checked first.
  const settings = {
    port: integer(env, "PORT", 8080, 0, 65535),
    host: env.HOST?.trim() || "0.0.0.0",
    publicUrl: publicUrl(env.PUBLIC_URL),
    clientDist: env.CLIENT_DIST?.trim() ? resolve(cwd, env.CLIENT_DIST.trim()) : resolve(SERVER_ROOT, "../client/dist"),
    maxMessageBytes: integer(env, "MAX_MESSAGE_BYTES", 8 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    roomUnloadDelayMs: integer(env, "ROOM_UNLOAD_DELAY_MS", 10_000, 0, 24 * 60 * 60 * 1000),
    compactEvery: integer(env, "COMPACT_EVERY", 500, 1, 10_000_000),
    logLevel,
  };

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
