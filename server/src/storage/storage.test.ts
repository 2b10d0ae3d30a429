import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  BoardExistsError,
  BoardNotFoundError,
  SnapshotExistsError,
  type BoardStore,
  type StoredSnapshot,
} from "./board-store";
import { MemoryStore } from "./memory-store";
import { SqliteStore } from "./sqlite-store";
import { PostgresStore } from "./postgres-store";
import { dropSchema, TEST_DATABASE_URL } from "../../test/postgres";

/**
 * One contract for every BoardStore adapter: memory (tests only), SQLite (the embedded default)
 * and PostgreSQL (the scale-out store, against the real server at TEST_DATABASE_URL).
 */
interface OpenedStore {
  store: BoardStore;
  reopen?: () => Promise<BoardStore>;
  cleanup(): Promise<void> | void;
}

interface StoreFactory {
  name: string;
  open(): Promise<OpenedStore> | OpenedStore;
}

const factories: StoreFactory[] = [
  {
    name: "memory",
    open: () => ({ store: new MemoryStore(), cleanup: () => {} }),
  },
  {
    name: "sqlite",
    open: () => {
      const dir = mkdtempSync(join(tmpdir(), "brownpaper-store-"));
      return {
        store: SqliteStore.inDirectory(dir),
        reopen: async () => SqliteStore.inDirectory(dir),
        cleanup: () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    // The real PostgreSQL the machine and CI provide; each run gets a schema of its own.
    name: "postgres",
    open: async () => {
      const schema = `bp_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      const store = await PostgresStore.connect(TEST_DATABASE_URL, { schema, max: 4 });
      return {
        store,
        reopen: () => PostgresStore.connect(TEST_DATABASE_URL, { schema, max: 4 }),
        cleanup: () => dropSchema(schema),
      };
    },
  },
];

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

const snapshot = (id: string, createdAt: number, ...data: number[]): StoredSnapshot => ({
  id,
  name: `Snapshot ${id}`,
  author: "Ada",
  createdAt,
  data: bytes(...data),
});

describe.each(factories)("$name board store", (factory) => {
  let opened: OpenedStore;
  let store: BoardStore;

  beforeEach(async () => {
    opened = await factory.open();
    store = opened.store;
  });

  afterEach(async () => {
    await store.close();
    await opened.cleanup();
  });

  it("a created board exists and loads its initial update as seq 1", async () => {
    await store.createBoard("b_one", bytes(1, 2, 3));
    expect(await store.boardExists("b_one")).toBe(true);
    expect(await store.load("b_one")).toEqual({ updates: [bytes(1, 2, 3)], lastSeq: 1 });
  });

  it("an unknown board does not exist, and loading or appending to it fails", async () => {
    expect(await store.boardExists("b_missing")).toBe(false);
    await expect(store.load("b_missing")).rejects.toBeInstanceOf(BoardNotFoundError);
    await expect(store.append("b_missing", bytes(1))).rejects.toBeInstanceOf(BoardNotFoundError);
    await expect(store.compact("b_missing", bytes(1), 1)).rejects.toBeInstanceOf(BoardNotFoundError);
  });

  it("creating a board twice fails and keeps the first one", async () => {
    await store.createBoard("b_one", bytes(1));
    await expect(store.createBoard("b_one", bytes(2))).rejects.toBeInstanceOf(BoardExistsError);
    expect((await store.load("b_one")).updates).toEqual([bytes(1)]);
  });

  it("appended updates load back in append order with increasing seqs", async () => {
    await store.createBoard("b_one", bytes(0));
    const seqs: number[] = [];
    for (let i = 1; i <= 5; i++) seqs.push(await store.append("b_one", bytes(i, i)));
    expect(seqs).toEqual([2, 3, 4, 5, 6]);
    expect(await store.load("b_one")).toEqual({
      updates: [bytes(0), bytes(1, 1), bytes(2, 2), bytes(3, 3), bytes(4, 4), bytes(5, 5)],
      lastSeq: 6,
    });
  });

  it("a batch of updates is stored in its order at consecutive seqs, and returns the last", async () => {
    await store.createBoard("b_one", bytes(0));
    expect(await store.appendMany("b_one", [bytes(1), bytes(2, 2), bytes(3)])).toBe(4);
    expect(await store.appendMany("b_one", [bytes(4)])).toBe(5);
    expect(await store.append("b_one", bytes(5))).toBe(6);
    expect(await store.load("b_one")).toEqual({
      updates: [bytes(0), bytes(1), bytes(2, 2), bytes(3), bytes(4), bytes(5)],
      lastSeq: 6,
    });
  });

  it("a batch for an unknown board fails and stores nothing, nor does an empty batch", async () => {
    await expect(store.appendMany("b_missing", [bytes(1), bytes(2)])).rejects.toBeInstanceOf(BoardNotFoundError);
    expect(await store.boardExists("b_missing")).toBe(false);
    await store.createBoard("b_one", bytes(0));
    await expect(store.appendMany("b_one", [])).rejects.toBeInstanceOf(RangeError);
    expect(await store.load("b_one")).toEqual({ updates: [bytes(0)], lastSeq: 1 });
  });

  it("batches racing each other on several boards each keep their updates together and in order", async () => {
    await store.createBoard("b_one", bytes(0));
    await store.createBoard("b_two", bytes(0));
    const batches = Array.from({ length: 12 }, (_, i) => ({
      boardId: i % 2 === 0 ? "b_one" : "b_two",
      updates: [bytes(i, 1), bytes(i, 2), bytes(i, 3)],
    }));
    const lastSeqs = await Promise.all(batches.map(({ boardId, updates }) => store.appendMany(boardId, updates)));
    for (const boardId of ["b_one", "b_two"]) {
      const { updates, lastSeq } = await store.load(boardId);
      expect(lastSeq).toBe(19);
      const stored = updates.slice(1);
      // Every batch sits at the three seqs ending at what its append returned.
      batches.forEach((batch, i) => {
        if (batch.boardId !== boardId) return;
        const end = lastSeqs[i]! - 1;
        expect(stored.slice(end - 3, end)).toEqual(batch.updates);
      });
    }
  });

  it("changing the buffers of a batch after appending it does not change what is stored", async () => {
    const update = bytes(7, 7);
    await store.createBoard("b_one", bytes(0));
    const appended = store.appendMany("b_one", [update]);
    update[0] = 99;
    await appended;
    expect((await store.load("b_one")).updates[1]).toEqual(bytes(7, 7));
  });

  it("boards keep separate logs", async () => {
    await store.createBoard("b_one", bytes(1));
    await store.createBoard("b_two", bytes(2));
    await store.append("b_one", bytes(11));
    expect((await store.load("b_one")).updates).toEqual([bytes(1), bytes(11)]);
    expect(await store.load("b_two")).toEqual({ updates: [bytes(2)], lastSeq: 1 });
  });

  it("changing a buffer after appending it does not change what is stored", async () => {
    const update = bytes(7, 7);
    await store.createBoard("b_one", bytes(0));
    await store.append("b_one", update);
    update[0] = 99;
    expect((await store.load("b_one")).updates[1]).toEqual(bytes(7, 7));
  });

  it("compaction replaces the compacted rows by the merged one and keeps later updates", async () => {
    await store.createBoard("b_one", bytes(0));
    await store.append("b_one", bytes(1));
    await store.append("b_one", bytes(2));
    // Appended after the compactor read seq 3, before it wrote: must survive.
    await store.append("b_one", bytes(3));
    await store.compact("b_one", bytes(9, 9), 3);
    expect(await store.load("b_one")).toEqual({ updates: [bytes(9, 9), bytes(3)], lastSeq: 4 });
    expect(await store.append("b_one", bytes(4))).toBe(5);
    expect((await store.load("b_one")).updates).toEqual([bytes(9, 9), bytes(3), bytes(4)]);
  });

  it("compacting everything leaves one row and appends continue after it", async () => {
    await store.createBoard("b_one", bytes(0));
    await store.append("b_one", bytes(1));
    await store.compact("b_one", bytes(8), 2);
    expect(await store.load("b_one")).toEqual({ updates: [bytes(8)], lastSeq: 2 });
    expect(await store.append("b_one", bytes(2))).toBe(3);
  });

  it("compacting beyond the last stored seq is refused and changes nothing", async () => {
    await store.createBoard("b_one", bytes(0));
    await expect(store.compact("b_one", bytes(8), 5)).rejects.toThrow(/seq/);
    await expect(store.compact("b_one", bytes(8), 0)).rejects.toThrow(/seq/);
    expect(await store.load("b_one")).toEqual({ updates: [bytes(0)], lastSeq: 1 });
  });

  it("compaction on one board leaves other boards alone", async () => {
    await store.createBoard("b_one", bytes(1));
    await store.createBoard("b_two", bytes(2));
    await store.append("b_two", bytes(22));
    await store.compact("b_one", bytes(9), 1);
    expect((await store.load("b_two")).updates).toEqual([bytes(2), bytes(22)]);
  });

  it("a saved snapshot loads back with its name, author, time and data", async () => {
    await store.createBoard("b_one", bytes(0));
    await store.saveSnapshot("b_one", snapshot("s1", 1000, 4, 5, 6));
    expect(await store.loadSnapshot("b_one", "s1")).toEqual(snapshot("s1", 1000, 4, 5, 6));
    expect(await store.loadSnapshot("b_one", "s_missing")).toBeNull();
  });

  it("lists a board's snapshots newest first, without their data, and only that board's", async () => {
    await store.createBoard("b_one", bytes(0));
    await store.createBoard("b_two", bytes(0));
    expect(await store.listSnapshots("b_one")).toEqual([]);
    await store.saveSnapshot("b_one", snapshot("old", 1000, 1));
    await store.saveSnapshot("b_one", snapshot("new", 3000, 2));
    await store.saveSnapshot("b_one", snapshot("mid", 2000, 3));
    await store.saveSnapshot("b_two", snapshot("other", 5000, 4));
    expect(await store.listSnapshots("b_one")).toEqual([
      { id: "new", name: "Snapshot new", author: "Ada", createdAt: 3000 },
      { id: "mid", name: "Snapshot mid", author: "Ada", createdAt: 2000 },
      { id: "old", name: "Snapshot old", author: "Ada", createdAt: 1000 },
    ]);
    expect(await store.loadSnapshot("b_two", "old")).toBeNull();
  });

  it("snapshots leave the board's update log alone, and a taken snapshot id is refused", async () => {
    await store.createBoard("b_one", bytes(0));
    const data = bytes(7, 7);
    await store.saveSnapshot("b_one", { ...snapshot("s1", 1000), data });
    data[0] = 99;
    await expect(store.saveSnapshot("b_one", snapshot("s1", 2000, 8))).rejects.toBeInstanceOf(SnapshotExistsError);
    expect((await store.loadSnapshot("b_one", "s1"))?.data).toEqual(bytes(7, 7));
    expect(await store.load("b_one")).toEqual({ updates: [bytes(0)], lastSeq: 1 });
  });

  it("snapshots of an unknown board cannot be saved, listed or loaded", async () => {
    await expect(store.saveSnapshot("b_missing", snapshot("s1", 1))).rejects.toBeInstanceOf(BoardNotFoundError);
    await expect(store.listSnapshots("b_missing")).rejects.toBeInstanceOf(BoardNotFoundError);
    await expect(store.loadSnapshot("b_missing", "s1")).rejects.toBeInstanceOf(BoardNotFoundError);
  });

  it("reports itself healthy while open and unhealthy once closed", async () => {
    expect(await store.healthy()).toBe(true);
    await store.close();
    expect(await store.healthy()).toBe(false);
  });

  it("appends racing each other get distinct, gapless seqs and all survive a compaction that races them", async () => {
    await store.createBoard("b_race", bytes(0));
    const first = await Promise.all(Array.from({ length: 40 }, (_, i) => store.append("b_race", bytes(1, i))));
    expect([...first].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 2));
    const later = Promise.all(Array.from({ length: 20 }, (_, i) => store.append("b_race", bytes(2, i))));
    await store.compact("b_race", bytes(9), 41);
    await later;
    const { updates, lastSeq } = await store.load("b_race");
    expect(lastSeq).toBe(61);
    // every update appended after the compacted range is still there, once
    const tails = updates.filter((update) => update[0] === 2).map((update) => update[1]);
    expect(tails.sort((a, b) => a! - b!)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  // Only stores that keep data on disk can be reopened: the memory store has no such test.
  if (factory.name !== "memory") {
    it("what was stored is there after reopening", async () => {
      await store.createBoard("b_one", bytes(1));
      await store.append("b_one", bytes(2));
      await store.close();
      store = await opened.reopen!();
      expect(await store.load("b_one")).toEqual({ updates: [bytes(1), bytes(2)], lastSeq: 2 });
    });

    it("snapshots are there after reopening", async () => {
      await store.createBoard("b_one", bytes(1));
      await store.saveSnapshot("b_one", snapshot("s1", 1000, 3));
      await store.close();
      store = await opened.reopen!();
      expect(await store.listSnapshots("b_one")).toHaveLength(1);
      expect(await store.loadSnapshot("b_one", "s1")).toEqual(snapshot("s1", 1000, 3));
    });
  }
});
