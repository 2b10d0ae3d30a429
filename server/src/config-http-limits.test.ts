import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";
import { tempDir } from "../test/test-server";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function freshDir(): string {
  const dir = tempDir("brownpaper-config-");
  dirs.push(dir);
  return dir;
}

describe("HTTP limits", () => {
  it("default to the README's values and each can be set from its variable", () => {
    const mib = 1024 * 1024;
    expect(loadConfig({}, freshDir()).limits).toMatchObject({
      boardCreationsPerMinute: 30,
      maxSnapshotsPerBoard: 200,
      maxSnapshotBytesPerBoard: 256 * mib,
      diskFreeFloorBytes: 256 * mib,
      bodyTimeoutMs: 30_000,
      headersTimeoutMs: 20_000,
      healthTimeoutMs: 2000,
      maxHttpConnections: 10_000,
      maxHttpConnectionsPerIp: 256,
    });
    const tuned = loadConfig(
      {
        BOARD_CREATIONS_PER_MINUTE: "0",
        MAX_SNAPSHOTS_PER_BOARD: "5",
        MAX_SNAPSHOT_BYTES_PER_BOARD: "2048",
        DISK_FREE_FLOOR_BYTES: "0",
        BODY_TIMEOUT_MS: "5000",
        HEADERS_TIMEOUT_MS: "4000",
        HEALTH_TIMEOUT_MS: "100",
        MAX_HTTP_CONNECTIONS: "50",
        MAX_HTTP_CONNECTIONS_PER_IP: "7",
      },
      freshDir(),
    );
    expect(tuned.limits).toMatchObject({
      boardCreationsPerMinute: 0,
      maxSnapshotsPerBoard: 5,
      maxSnapshotBytesPerBoard: 2048,
      diskFreeFloorBytes: 0,
      bodyTimeoutMs: 5000,
      headersTimeoutMs: 4000,
      healthTimeoutMs: 100,
      maxHttpConnections: 50,
      maxHttpConnectionsPerIp: 7,
    });
  });

  it("refuses a value out of range, naming the variable", () => {
    expect(() => loadConfig({ BODY_TIMEOUT_MS: "10" }, freshDir())).toThrow(ConfigError);
    expect(() => loadConfig({ DISK_FREE_FLOOR_BYTES: "-1" }, freshDir())).toThrow(/DISK_FREE_FLOOR_BYTES/);
  });
});
