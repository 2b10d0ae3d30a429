import { rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";
import { tempDir } from "../test/test-server";

const dirs: string[] = [];
function freshDir(): string {
  const dir = tempDir("brownpaper-config-");
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("configuration from the environment", () => {
  it("defaults give port 8080 on all interfaces with ./data beside the working directory", () => {
    const cwd = freshDir();
    const config = loadConfig({}, cwd);
    expect(config).toMatchObject({
      port: 8080,
      host: "0.0.0.0",
      dataDir: join(cwd, "data"),
      publicUrl: undefined,
      maxMessageBytes: 8 * 1024 * 1024,
      roomUnloadDelayMs: 10_000,
      compactEvery: 500,
      presenceWaitMs: 1000,
      logLevel: "info",
    });
    expect(config.clientDist).toMatch(/client[/\\]dist$/);
    expect(statSync(config.dataDir).isDirectory()).toBe(true);
  });

  it("limits default to the README's values and each can be set from its variable", () => {
    const mib = 1024 * 1024;
    expect(loadConfig({}, freshDir())).toMatchObject({
      trustProxy: false,
      metricsToken: undefined,
      limits: {
        maxConnectionsPerBoard: 200,
        maxConnectionsPerIp: 100,
        messagesPerSecond: 300,
        bytesPerSecond: mib,
        cpuMsPerSecond: 250,
        maxQueuedMessages: 256,
        maxQueuedBytes: 16 * mib,
        maxBufferedBytes: 4 * mib,
        maxAwarenessStateBytes: 8 * 1024,
        updateTrialStructs: 1000,
        updateTrialTimeoutMs: 500,
        maxPendingUpdateBytes: mib,
        pingIntervalMs: 30_000,
        offenderCooldownMs: 10_000,
        maxBoardBytes: 32 * mib,
        maxLoadedBoards: 1000,
        maxLoadedBytes: 256 * mib,
        maxUnstoredBytesPerBoard: 16 * mib,
        maxPresenceBytesPerBoard: 512 * 1024,
        databaseQueryTimeoutMs: 10_000,
        sqliteBusyTimeoutMs: 50,
        sqliteBusyRetryMs: 10_000,
        shutdownFlushTimeoutMs: 10_000,
      },
    });
    const tuned = loadConfig(
      { MAX_CONNECTIONS_PER_IP: "5", TRUST_PROXY: "true", METRICS_TOKEN: "abc", PING_INTERVAL_MS: "0" },
      freshDir(),
    );
    expect(tuned.limits.maxConnectionsPerIp).toBe(5);
    expect(tuned.limits.pingIntervalMs).toBe(0);
    expect(tuned.trustProxy).toBe(true);
    expect(tuned.metricsToken).toBe("abc");
  });

  it("a generated secret is kept private in DATA_DIR and reused on the next start", () => {
    const cwd = freshDir();
    const first = loadConfig({ DATA_DIR: "store" }, cwd);
    const second = loadConfig({ DATA_DIR: "store" }, cwd);
    expect(first.secret.equals(second.secret)).toBe(true);
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(statSync(join(cwd, "store", "secret")).mode & 0o777).toBe(0o600);
  });

  it("BROWNPAPER_SECRET wins over the stored one", () => {
    const secret = "an-operator-chosen-secret-of-enough-length";
    expect(loadConfig({ BROWNPAPER_SECRET: secret }, freshDir()).secret.toString()).toBe(secret);
  });

  it.each([
    [{ PORT: "eighty" }, /PORT/],
    [{ PORT: "70000" }, /PORT/],
    [{ COMPACT_EVERY: "0" }, /COMPACT_EVERY/],
    [{ MAX_MESSAGE_BYTES: "1.5" }, /MAX_MESSAGE_BYTES/],
    [{ ROOM_UNLOAD_DELAY_MS: "-1" }, /ROOM_UNLOAD_DELAY_MS/],
    [{ PRESENCE_WAIT_MS: "120000" }, /PRESENCE_WAIT_MS/],
    [{ PUBLIC_URL: "brownpaper.example.org" }, /PUBLIC_URL/],
    [{ PUBLIC_URL: "ftp://example.org" }, /PUBLIC_URL/],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL/],
    [{ MAX_CONNECTIONS_PER_BOARD: "0" }, /MAX_CONNECTIONS_PER_BOARD/],
    [{ RATE_LIMIT_MESSAGES_PER_SECOND: "lots" }, /RATE_LIMIT_MESSAGES_PER_SECOND/],
    [{ MAX_BUFFERED_BYTES: "10" }, /MAX_BUFFERED_BYTES/],
    [{ TRUST_PROXY: "maybe" }, /TRUST_PROXY/],
    [{ BROWNPAPER_SECRET: "short" }, /BROWNPAPER_SECRET/],
    [{ DATABASE_URL: "127.0.0.1:5432/brownpaper" }, /DATABASE_URL/],
    [{ DATABASE_URL: "mysql://db/brownpaper" }, /DATABASE_URL/],
    [{ DATABASE_URL: "postgres://db/x", DATABASE_SCHEMA: "Brown-Paper" }, /DATABASE_SCHEMA/],
    [{ DATABASE_SCHEMA: "brownpaper" }, /DATABASE_SCHEMA is set but DATABASE_URL/],
    [
      { REDIS_URL: "http://127.0.0.1:6379", BROWNPAPER_SECRET: "an-operator-chosen-secret-of-enough-length" },
      /REDIS_URL/,
    ],
    [{ REDIS_URL: "redis://127.0.0.1:6379" }, /same BROWNPAPER_SECRET/],
  ])("%o stops start-up with a message naming the variable", (env, message) => {
    expect(() => loadConfig(env, freshDir())).toThrow(ConfigError);
    expect(() => loadConfig(env, freshDir())).toThrow(message);
  });

  it("SQLite and a single instance unless DATABASE_URL and REDIS_URL say otherwise", () => {
    expect(loadConfig({}, freshDir())).toMatchObject({
      databaseUrl: undefined,
      databaseSchema: undefined,
      redisUrl: undefined,
    });
    const shared = loadConfig(
      {
        DATABASE_URL: "postgres://brownpaper:pw@db.internal:5432/brownpaper",
        DATABASE_SCHEMA: "workshops",
        REDIS_URL: "redis://cache.internal:6379",
        BROWNPAPER_SECRET: "an-operator-chosen-secret-of-enough-length",
        PRESENCE_WAIT_MS: "250",
      },
      freshDir(),
    );
    expect(shared).toMatchObject({
      databaseUrl: "postgres://brownpaper:pw@db.internal:5432/brownpaper",
      databaseSchema: "workshops",
      redisUrl: "redis://cache.internal:6379",
      presenceWaitMs: 250,
    });
  });

  it("a bad DATABASE_URL is reported without its password", () => {
    expect(() => loadConfig({ DATABASE_URL: "mysql://admin:hunter2@db/brownpaper" }, freshDir())).toThrow(
      /mysql:\/\/admin:\*\*\*@db\/brownpaper/,
    );
  });

  it("PUBLIC_URL loses a trailing slash so links do not get a double one", () => {
    expect(loadConfig({ PUBLIC_URL: "https://example.org/brownpaper/" }, freshDir()).publicUrl).toBe(
      "https://example.org/brownpaper",
    );
  });
});
