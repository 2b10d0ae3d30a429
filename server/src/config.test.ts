import { rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";
import { tempDir } from "./test/test-server";

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
      logLevel: "info",
    });
    expect(config.clientDist).toMatch(/client[/\\]dist$/);
    expect(statSync(config.dataDir).isDirectory()).toBe(true);
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
    [{ PUBLIC_URL: "brownpaper.example.org" }, /PUBLIC_URL/],
    [{ PUBLIC_URL: "ftp://example.org" }, /PUBLIC_URL/],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL/],
    [{ BROWNPAPER_SECRET: "short" }, /BROWNPAPER_SECRET/],
  ])("%o stops start-up with a message naming the variable", (env, message) => {
    expect(() => loadConfig(env, freshDir())).toThrow(ConfigError);
    expect(() => loadConfig(env, freshDir())).toThrow(message);
  });

  it("PUBLIC_URL loses a trailing slash so links do not get a double one", () => {
    expect(loadConfig({ PUBLIC_URL: "https://example.org/brownpaper/" }, freshDir()).publicUrl).toBe("https://example.org/brownpaper");
  });
});
