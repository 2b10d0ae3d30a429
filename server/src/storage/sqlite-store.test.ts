import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { tempDir } from "../test/test-server";
import { SqliteStore } from "./sqlite-store";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the SQLite store", () => {
  it("writes through a write-ahead log and fsyncs every commit (synchronous=FULL)", async () => {
    const dir = tempDir("brownpaper-sqlite-");
    dirs.push(dir);
    const store = SqliteStore.inDirectory(dir);
    try {
      expect(store.durability()).toEqual({ journalMode: "wal", synchronous: 2 });
    } finally {
      await store.close();
    }
  });
});
