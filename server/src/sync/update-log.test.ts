import { describe, expect, it } from "vitest";
import { createLogger } from "../logger";
import { Metrics } from "../metrics";
import { MemoryStore } from "../storage/memory-store";
import { UnstoredBytesError, UpdateLog, type UpdateLogOptions } from "./update-log";

const BOARD = "b_log";

/** A memory store whose writes the test lets through one at a time, or breaks. */
class HeldStore extends MemoryStore {
  readonly writes: number[][] = [];
  failNext = false;
  private releases: (() => void)[] = [];

  override async appendMany(boardId: string, updates: readonly Uint8Array[]): Promise<number> {
    this.writes.push(updates.map((update) => update[0]!));
    await new Promise<void>((resolve) => this.releases.push(resolve));
    if (this.failNext) throw new Error("disk full (simulated)");
    return super.appendMany(boardId, updates);
  }

  get held(): number {
    return this.releases.length;
  }

  /** Lets the oldest held write finish, and waits for what it sets off. */
  async release(): Promise<void> {
    this.releases.shift()?.();
    await settle();
  }
}

/** Lets every pending promise callback run. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const update = (marker: number): Uint8Array => new Uint8Array([marker]);

async function openLog(options: Partial<UpdateLogOptions> = {}) {
  const store = new HeldStore();
  await store.createBoard(BOARD, update(0));
  const failures: unknown[] = [];
  const delivered: string[] = [];
  const log = new UpdateLog({
    boardId: BOARD,
    store,
    logger: createLogger("silent"),
    metrics: new Metrics(),
    lastSeq: 1,
    storedRows: 1,
    storedBytes: 1,
    maxUnstoredBytes: Infinity,
    compactEvery: 1000,
    snapshot: () => update(99),
    compactFromStore: false,
    onFailure: (error) => failures.push(error),
    ...options,
  });
  const record = (marker: number): void => log.record(update(marker), () => delivered.push(`update ${marker}`));
  const afterStored = (name: string): void => log.afterStored(() => delivered.push(name));
  return { store, log, failures, delivered, record, afterStored };
}

describe("the update log", () => {
  it("stores updates recorded together in one write", async () => {
    const { store, record } = await openLog();
    record(1);
    record(2);
    await settle();
    expect(store.writes).toEqual([[1, 2]]);
  });

  it("stores everything recorded while a write is in flight as the next single write", async () => {
    const { store, record } = await openLog();
    record(1);
    await settle();
    record(2);
    await settle();
    record(3);
    expect(store.writes).toEqual([[1]]);
    await store.release();
    expect(store.writes).toEqual([[1], [2, 3]]);
    await store.release();
    expect((await store.load(BOARD)).updates.map((stored) => stored[0])).toEqual([0, 1, 2, 3]);
  });

  it("delivers nothing before it is stored, then everything in the order it was recorded", async () => {
    const { store, record, afterStored, delivered } = await openLog();
    record(1);
    await settle();
    record(2);
    afterStored("reply");
    record(3);
    expect(delivered).toEqual([]);
    await store.release();
    expect(delivered).toEqual(["update 1"]);
    await store.release();
    expect(delivered).toEqual(["update 1", "update 2", "reply", "update 3"]);
  });

  it("runs an afterStored delivery once what was recorded before it is stored, without waiting for later updates", async () => {
    const { store, record, afterStored, delivered } = await openLog();
    record(1);
    await settle();
    afterStored("reply");
    record(2);
    await store.release();
    expect(delivered).toEqual(["update 1", "reply"]);
    expect(store.held).toBe(1);
    await store.release();
    expect(delivered).toEqual(["update 1", "reply", "update 2"]);
  });

  it("when a write fails, reports it once and delivers nothing of it or queued after it", async () => {
    const { store, log, record, afterStored, delivered, failures } = await openLog();
    record(1);
    await settle();
    record(2);
    afterStored("reply");
    store.failNext = true;
    await store.release();
    record(3);
    await settle();
    expect(failures).toHaveLength(1);
    expect(delivered).toEqual([]);
    expect(store.writes).toEqual([[1]]);
    await expect(log.flush()).resolves.toBeUndefined();
  });

  it("flush resolves once everything recorded before it is stored and delivered, not waiting for later records", async () => {
    const { store, log, record, delivered } = await openLog();
    let flushed = false;
    record(1);
    void log.flush().then(() => (flushed = true));
    await settle();
    record(2);
    await settle();
    expect(flushed).toBe(false);
    await store.release();
    expect(flushed).toBe(true);
    expect(delivered).toEqual(["update 1"]);
    expect(store.held).toBe(1);
    await store.release();
    await log.flush();
    expect(delivered).toEqual(["update 1", "update 2"]);
  });

  it("flush resolves at once when nothing is queued", async () => {
    const { log } = await openLog();
    await expect(log.flush()).resolves.toBeUndefined();
  });

  it("compacts the log after the write that brings it to compactEvery rows", async () => {
    const { store, log, record } = await openLog({ compactEvery: 3 });
    record(1);
    record(2);
    await settle();
    await store.release();
    expect((await store.load(BOARD)).updates).toHaveLength(3);
    record(3);
    await settle();
    await store.release();
    await log.flush();
    expect(await store.load(BOARD)).toEqual({ updates: [update(99)], lastSeq: 4 });
  });

  it("counts the bytes it holds, stored and waiting, and what another instance stored", async () => {
    const { store, log, record } = await openLog();
    expect(log.bytes).toBe(1);
    record(1);
    record(2);
    expect(log.bytes).toBe(3);
    await settle();
    await store.release();
    expect(log.bytes).toBe(3);
    log.noteStored(10);
    expect(log.bytes).toBe(13);
  });

  it("fails once more than maxUnstoredBytes wait for a stalled store, delivering none of it", async () => {
    const { store, log, record, delivered, failures } = await openLog({ maxUnstoredBytes: 2 });
    record(1);
    await settle();
    record(2);
    expect(failures).toEqual([]);
    record(3);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toBeInstanceOf(UnstoredBytesError);
    // The write in flight may still land: a flush (and so a reload) waits for it to settle.
    let flushed = false;
    void log.flush().then(() => (flushed = true));
    await settle();
    expect(flushed).toBe(false);
    await store.release();
    expect(flushed).toBe(true);
    expect(delivered).toEqual([]);
    expect((await store.load(BOARD)).updates.map((stored) => stored[0])).toEqual([0, 1]);
  });
});
