import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { connect } from "node:net";
import { join } from "node:path";
import { BENCH_DIR } from "../peers/peer-process";
import { isLocalProcess, localPortsTo, redisPidFromInfo } from "./service-pids";

/**
 * The PostgreSQL and Redis the scale-out phase runs Brownpaper's instances against: the
 * machine's own (trust auth on loopback), as the server's scale-out tests use them.
 */
export const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379";

/** Every schema this phase creates starts so; the pid says whether its run is still alive. */
const SCHEMA_PREFIX = "bench_scaleout_";

let counter = 0;

/** A schema name no other run uses: `bench_scaleout_<pid>_<n>_<random>`. */
export function schemaName(pid: number = process.pid): string {
  return `${SCHEMA_PREFIX}${pid}_${++counter}_${randomBytes(4).toString("hex")}`;
}

/** The pid of the run that created a schema of this phase; null for any other schema. */
export function schemaOwnerPid(schema: string): number | null {
  const match = new RegExp(`^${SCHEMA_PREFIX}(\\d+)_\\d+_[0-9a-f]+$`).exec(schema);
  return match ? Number(match[1]) : null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

interface PgClient {
  connect(): Promise<void>;
  query<Row>(sql: string, values?: unknown[]): Promise<{ rows: Row[] }>;
  end(): Promise<void>;
}

/**
 * The bench has no database driver of its own: it borrows the server's `pg`, the same driver
 * the instances use, so the bench's dependencies stay as they are.
 */
function pgClient(): PgClient {
  const require = createRequire(join(BENCH_DIR, "../server/package.json"));
  const pg = require("pg") as {
    Client: new (options: { connectionString: string; connectionTimeoutMillis: number }) => PgClient;
  };
  return new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 3000 });
}

async function withDatabase<T>(body: (client: PgClient) => Promise<T>): Promise<T> {
  const client = pgClient();
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

function quoted(schema: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`not a schema name: ${schema}`);
  return `"${schema}"`;
}

export function dropSchema(schema: string): Promise<void> {
  return withDatabase(async (client) => {
    await client.query(`DROP SCHEMA IF EXISTS ${quoted(schema)} CASCADE`);
  });
}

/** Drops this phase's schemas left by runs that died before their cleanup; returns their names. */
export function dropLeftoverSchemas(): Promise<string[]> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ name: string }>(
      "SELECT nspname AS name FROM pg_namespace WHERE starts_with(nspname, $1)",
      [SCHEMA_PREFIX],
    );
    const leftovers = rows
      .map((row) => row.name)
      .filter((name) => {
        const pid = schemaOwnerPid(name);
        return pid !== null && !alive(pid);
      });
    for (const name of leftovers) await client.query(`DROP SCHEMA IF EXISTS ${quoted(name)} CASCADE`);
    return leftovers;
  });
}

/**
 * One Redis command over RESP, without a Redis client in the bench: resolves with the raw reply
 * once `complete` says it has all of it.
 */
function redisCommand(
  url: string,
  command: string,
  complete: (reply: string) => boolean,
  timeoutMs = 3000,
): Promise<string> {
  const { hostname, port, password } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname || "127.0.0.1", port: Number(port || 6379) });
    let reply = "";
    const done = (error: Error | null): void => {
      clearTimeout(timer);
      socket.destroy();
      if (error) reject(error);
      else resolve(reply);
    };
    const timer = setTimeout(() => done(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    socket.once("connect", () =>
      socket.write(`${password ? `AUTH ${decodeURIComponent(password)}\r\n` : ""}${command}\r\n`),
    );
    socket.on("data", (chunk: Buffer) => {
      reply += chunk.toString();
      // An error answers the AUTH or the command itself; nothing else starts with "-".
      const error = /^-[^\r]*/.exec(reply.replace(/^\+OK\r\n/, ""))?.[0];
      if (error) done(new Error(error));
      else if (complete(reply)) done(null);
    });
    socket.once("error", (error) => done(error));
  });
}

/**
 * The processes serving the instances with these pids: their PostgreSQL backends (matched by
 * the instances' own connections to the database's port) and, when it runs here, Redis.
 */
export async function servicePids(instancePids: readonly number[]): Promise<number[]> {
  const databasePort = Number(new URL(DATABASE_URL).port || 5432);
  const clientPorts = localPortsTo(instancePids, databasePort);
  const backends = await withDatabase(async (client) => {
    const { rows } = await client.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE client_port = ANY($1::int[])",
      [clientPorts],
    );
    return rows.map((row) => row.pid).filter((pid) => isLocalProcess(pid, "postgres"));
  });
  const info = await redisCommand(REDIS_URL, "INFO server", (reply) => /^process_id:\d+\r$/m.test(reply)).catch(
    () => "",
  );
  const redis = redisPidFromInfo(info);
  return [...backends, ...(redis !== null && isLocalProcess(redis, "redis") ? [redis] : [])];
}

/** Why the phase cannot run here (PostgreSQL or Redis unreachable), or null when it can. */
export async function unavailableReason(): Promise<string | null> {
  const reasons: string[] = [];
  try {
    await withDatabase((client) => client.query("SELECT 1"));
  } catch (error) {
    reasons.push(`PostgreSQL at ${redacted(DATABASE_URL)} is unreachable (${reason(error)})`);
  }
  try {
    await redisCommand(REDIS_URL, "PING", (reply) => reply.includes("+PONG"));
  } catch (error) {
    reasons.push(`Redis at ${redacted(REDIS_URL)} is unreachable (${reason(error)})`);
  }
  return reasons.length > 0 ? reasons.join("; ") : null;
}

function reason(error: unknown): string {
  const { message, code } = error as { message?: string; code?: string };
  return message || code || String(error);
}

function redacted(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
