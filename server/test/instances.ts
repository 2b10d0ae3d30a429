import { TEST_DATABASE_URL } from "./postgres";
import { TEST_REDIS_URL } from "./redis";
import { TestServer, type ConfigOverrides } from "./test-server";

/** A PostgreSQL schema name no other test run uses; drop it with `dropSchema`. */
export function uniqueSchema(prefix = "bp_it"): string {
  return `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * In-process server instances sharing one PostgreSQL schema and one Redis, as several
 * instances behind a load balancer do; each has its own DATA_DIR (which they do not use for boards).
 */
export async function startInstances(
  count: number,
  options: { schema: string; redisUrl?: string; overrides?: ConfigOverrides },
): Promise<TestServer[]> {
  const config: ConfigOverrides = {
    databaseUrl: TEST_DATABASE_URL,
    databaseSchema: options.schema,
    redisUrl: options.redisUrl ?? TEST_REDIS_URL,
    ...options.overrides,
  };
  const servers: TestServer[] = [];
  for (let i = 0; i < count; i++) servers.push(await TestServer.start(config));
  return servers;
}
