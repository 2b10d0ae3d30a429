import Database from "better-sqlite3";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tempDir } from "../../test/test-server";
import { BoardNotFoundError } from "./board-store";
import { SQLITE_FILE, SqliteStore } from "./sqlite-store";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function storeDir(): string {
  const dir = tempDir("brownpaper-sqlite-");
  dirs.push(dir);
  return dir;
}

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

describe("the SQLite store", () => {
  it("writes through a write-ahead log and fsyncs every commit (synchronous=FULL)", async () => {
    const store = SqliteStore.inDirectory(storeDir());
    try {
      expect(store.durability()).toEqual({ journalMode: "wal", synchronous: 2 });
    } finally {
      await store.close();
    }
  });
});

describe("the SQLite store's group commit", () => {
  it("appends to several boards in one turn each get their own seqs, and an unknown board fails only its own", async () => {
    const store = SqliteStore.inDirectory(storeDir());
    try {
      await store.createBoard("b_one", bytes(0));
      await store.createBoard("b_two", bytes(0));
      const outcomes = await Promise.allSettled([
        store.appendMany("b_one", [bytes(1), bytes(2)]),
        store.append("b_two", bytes(3)),
        store.append("b_missing", bytes(4)),
        store.append("b_one", bytes(5)),
      ]);
      expect(outcomes.map((outcome) => (outcome.status === "fulfilled" ? outcome.value : outcome.reason))).toEqual([
        3,
        2,
        new BoardNotFoundError("b_missing"),
        4,
      ]);
      expect(await store.load("b_one")).toEqual({ updates: [bytes(0), bytes(1), bytes(2), bytes(5)], lastSeq: 4 });
      expect(await store.load("b_two")).toEqual({ updates: [bytes(0), bytes(3)], lastSeq: 2 });
    } finally {
      await store.close();
    }
  });

  it("appends to several boards in one turn share one commit, and one board's failure fails only that board's append", async () => {
    const dir = storeDir();
    const store = SqliteStore.inDirectory(dir);
    const saboteur = new Database(join(dir, SQLITE_FILE));
    try {
      await store.createBoard("b_one", bytes(0));
      await store.createBoard("b_broken", bytes(0));
      await store.createBoard("b_two", bytes(0));
      saboteur.exec(`CREATE TRIGGER refuse_broken BEFORE INSERT ON updates WHEN NEW.board_id = 'b_broken'
        BEGIN SELECT RAISE(ABORT, 'disk trouble (simulated)'); END`);
      const healthy = store.append("b_one", bytes(1));
      const broken = store.appendMany("b_broken", [bytes(2), bytes(3)]);
      const later = store.append("b_two", bytes(4));
      await expect(broken).rejects.toThrow("disk trouble (simulated)");
      expect(await healthy).toBe(2);
      expect(await later).toBe(2);
      expect(await store.load("b_one")).toEqual({ updates: [bytes(0), bytes(1)], lastSeq: 2 });
      expect(await store.load("b_two")).toEqual({ updates: [bytes(0), bytes(4)], lastSeq: 2 });
      expect(await store.load("b_broken")).toEqual({ updates: [bytes(0)], lastSeq: 1 });

      saboteur.exec("DROP TRIGGER refuse_broken");
      expect(await store.append("b_broken", bytes(5))).toBe(2);
    } finally {
      saboteur.close();
      await store.close();
    }
  });

  it("a write lock held by another connection does not block: the append waits without the event loop and lands once it is released", async () => {
    const dir = storeDir();
    const store = SqliteStore.inDirectory(dir, { busyTimeoutMs: 20, busyRetryMs: 60_000 });
    const locker = new Database(join(dir, SQLITE_FILE));
    try {
      await store.createBoard("b_one", bytes(0));
      locker.exec("BEGIN EXCLUSIVE");
      let appended: number | undefined;
      const append = store.append("b_one", bytes(1)).then((seq) => (appended = seq));
      // Timers keep firing while the append waits for the lock: the loop is not held.
      let ticks = 0;
      while (ticks < 20) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        ticks++;
      }
      expect(appended).toBeUndefined();
      expect(await store.load("b_one")).toEqual({ updates: [bytes(0)], lastSeq: 1 });
      locker.exec("COMMIT");
      await append;
      expect(appended).toBe(2);
      expect(await store.load("b_one")).toEqual({ updates: [bytes(0), bytes(1)], lastSeq: 2 });
    } finally {
      locker.close();
      await store.close();
    }
  });

  it("an append still locked out after busyRetryMs fails with SQLITE_BUSY; the next one lands", async () => {
    const dir = storeDir();
    const store = SqliteStore.inDirectory(dir, { busyTimeoutMs: 5, busyRetryMs: 50 });
    const locker = new Database(join(dir, SQLITE_FILE));
    try {
      await store.createBoard("b_one", bytes(0));
      locker.exec("BEGIN EXCLUSIVE");
      await expect(store.append("b_one", bytes(1))).rejects.toMatchObject({ code: "SQLITE_BUSY" });
      locker.exec("ROLLBACK");
      expect(await store.append("b_one", bytes(2))).toBe(2);
    } finally {
      locker.close();
      await store.close();
    }
  });

  it("appends asked for just before closing are stored, not dropped", async () => {
    const dir = storeDir();
    const store = SqliteStore.inDirectory(dir);
    await store.createBoard("b_one", bytes(0));
    const appended = store.appendMany("b_one", [bytes(1), bytes(2)]);
    await store.close();
    expect(await appended).toBe(3);

    const reopened = SqliteStore.inDirectory(dir);
    try {
      expect(await reopened.load("b_one")).toEqual({ updates: [bytes(0), bytes(1), bytes(2)], lastSeq: 3 });
    } finally {
      await reopened.close();
    }
  });

  it("an append that follows one written by another connection takes the next seq", async () => {
    const dir = storeDir();
    const store = SqliteStore.inDirectory(dir);
    const other = SqliteStore.inDirectory(dir);
    try {
      await store.createBoard("b_one", bytes(0));
      expect(await store.append("b_one", bytes(1))).toBe(2);
      expect(await other.append("b_one", bytes(2))).toBe(3);
      expect(await store.append("b_one", bytes(3))).toBe(4);
    } finally {
      await other.close();
      await store.close();
    }
  });
});
