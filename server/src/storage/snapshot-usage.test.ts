import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dropSchema, TEST_DATABASE_URL } from "../../test/postgres";
import { BoardNotFoundError, type BoardStore } from "./board-store";
import { MemoryStore } from "./memory-store";
import { PostgresStore } from "./postgres-store";
import { SqliteStore } from "./sqlite-store";

/** Every adapter counts a board's snapshots and their bytes the same way (the snapshot quota reads it). */
const adapters: { name: string; open(): Promise<{ store: BoardStore; cleanup(): Promise<void> | void }> }[] = [
  { name: "memory", open: async () => ({ store: new MemoryStore(), cleanup: () => {} }) },
  {
    name: "sqlite",
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), "brownpaper-usage-"));
      return { store: SqliteStore.inDirectory(dir), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: "postgres",
    open: async () => {
      const schema = `bp_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      return {
        store: await PostgresStore.connect(TEST_DATABASE_URL, { schema, max: 2 }),
        cleanup: () => dropSchema(schema),
      };
    },
  },
];

describe.each(adapters)("$name store: snapshotUsage", ({ open }) => {
  it("counts one board's snapshots and their data bytes, and refuses an unknown board", async () => {
    const { store, cleanup } = await open();
    try {
      await store.createBoard("b_one", new Uint8Array([0]));
      await store.createBoard("b_two", new Uint8Array([0]));
      expect(await store.snapshotUsage("b_one")).toEqual({ count: 0, bytes: 0 });
      const snapshot = (id: string, size: number) => ({
        id,
        name: id,
        author: "",
        createdAt: 1,
        data: new Uint8Array(size),
      });
      await store.saveSnapshot("b_one", snapshot("s1", 10));
      await store.saveSnapshot("b_one", snapshot("s2", 32));
      await store.saveSnapshot("b_two", snapshot("s3", 1000));
      expect(await store.snapshotUsage("b_one")).toEqual({ count: 2, bytes: 42 });
      await expect(store.snapshotUsage("b_missing")).rejects.toBeInstanceOf(BoardNotFoundError);
    } finally {
      await store.close();
      await cleanup();
    }
  });
});
