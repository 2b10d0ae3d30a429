import * as Y from "yjs";
import { errorMessage, type Logger } from "../logger";
import type { Metrics } from "../metrics";
import type { BoardStore } from "../storage/board-store";

export interface UpdateLogOptions {
  boardId: string;
  store: BoardStore;
  logger: Logger;
  metrics: Metrics;
  /** The highest seq already stored. */
  lastSeq: number;
  /** Rows already in the log, counted towards the next compaction. */
  storedRows: number;
  /** Bytes the log's rows hold now. */
  storedBytes: number;
  /** Bytes of updates waiting to be stored (in flight included) past which the log fails. */
  maxUnstoredBytes: number;
  compactEvery: number;
  /** The whole doc as one update, for compaction. */
  snapshot: () => Uint8Array;
  /**
   * Compact what the store holds rather than the doc in memory. Needed when other instances
   * append to the same log: their rows may not have reached this doc yet (or ever, if the bus
   * lost them), and a compaction from memory would delete them.
   */
  compactFromStore: boolean;
  /** Called once when an update could not be stored; nothing queued after it runs. */
  onFailure: (error: unknown) => void;
}

/** Something waiting in the log: an update to store, or (afterStored) only a delivery. */
interface Entry {
  update?: Uint8Array;
  deliver: () => void;
}

/**
 * A room's single line of work towards the store. Every update is stored before anyone else
 * hears of it, and everything sent that could contain an update waits behind the appends that
 * came first, so no client ever holds a change the server would lose in a crash.
 *
 * Group commit: while one write is in flight, whatever is recorded meanwhile queues up and goes
 * to the store as the next single appendMany; once that is stored, its deliveries run in the
 * order they were recorded. A busy room thus pays one write per batch, not one per update.
 */
export class UpdateLog {
  private queued: Entry[] = [];
  private writing = false;
  private failed = false;
  private lastSeq: number;
  private sinceCompaction: number;
  /** Entries taken in, and entries done with (stored and delivered), since the start. */
  private entered = 0;
  private done = 0;
  private flushes: { through: number; resolve: () => void }[] = [];
  /** Bytes of the stored log, as far as this log knows (what other instances append is added by `noteStored`). */
  private stored: number;
  /** Bytes recorded and not yet stored, the write in flight included. */
  private unstored = 0;
  /** The write in flight, settled either way; a failed log still waits for it before it says it is flushed. */
  private inFlight: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: UpdateLogOptions) {
    this.lastSeq = options.lastSeq;
    this.sinceCompaction = Math.max(0, options.storedRows - 1);
    this.stored = options.storedBytes;
  }

  /** Bytes the board's log holds, plus what waits to be stored: what the next update would add to. */
  get bytes(): number {
    return this.stored + this.unstored;
  }

  /** Bytes recorded and not stored yet (none of it delivered to anyone). */
  get unstoredBytes(): number {
    return this.unstored;
  }

  /** Counts what another instance stored in the same log. */
  noteStored(bytes: number): void {
    this.stored += bytes;
  }

  /**
   * Stores `update`, then runs `deliver` (the broadcast). Past maxUnstoredBytes waiting (the
   * store has stalled) the log fails instead: nothing of what waits was delivered, so clients
   * still hold it and send it again when they reconnect.
   */
  record(update: Uint8Array, deliver: () => void): void {
    if (this.failed) return;
    this.unstored += update.byteLength;
    if (this.unstored > this.options.maxUnstoredBytes) {
      this.fail(new UnstoredBytesError(this.options.boardId, this.unstored));
      return;
    }
    this.enqueue({ update, deliver });
  }

  /** Runs `deliver` once every update recorded before this call is stored. */
  afterStored(deliver: () => void): void {
    this.enqueue({ deliver });
  }

  /**
   * Resolves when everything queued so far has been stored, or the log failed and its last write
   * has settled (so a reload reads a log nobody is still writing to). Never rejects.
   */
  flush(): Promise<void> {
    if (this.failed) return this.inFlight.then(() => {});
    if (this.done === this.entered) return Promise.resolve();
    return new Promise((resolve) => this.flushes.push({ through: this.entered, resolve }));
  }

  private enqueue(entry: Entry): void {
    if (this.failed) return;
    this.queued.push(entry);
    this.entered++;
    if (this.writing) return;
    this.writing = true;
    // A microtask later, so everything recorded in this same step goes into the first write.
    queueMicrotask(() => void this.drain());
  }

  private async drain(): Promise<void> {
    while (this.queued.length > 0) {
      const batch = this.queued;
      this.queued = [];
      try {
        await this.write(batch);
      } catch (error) {
        if (!this.failed) this.fail(error);
        return;
      }
      if (this.failed) return;
      this.done += batch.length;
      this.settleFlushes();
    }
    this.writing = false;
  }

  private async write(batch: readonly Entry[]): Promise<void> {
    const firstUpdate = batch.findIndex((entry) => entry.update !== undefined);
    // Deliveries queued before the batch's first update carry only what is stored already.
    const ready = firstUpdate === -1 ? batch : batch.slice(0, firstUpdate);
    for (const entry of ready) entry.deliver();
    if (firstUpdate === -1) return;

    const waiting = batch.slice(firstUpdate);
    const updates = waiting.flatMap((entry) => (entry.update ? [entry.update] : []));
    const started = performance.now();
    const appended = this.options.store.appendMany(this.options.boardId, updates);
    this.inFlight = appended.catch(() => {});
    this.lastSeq = await appended;
    // Failed meanwhile (too much waited): the room is gone, nobody is left to deliver to.
    if (this.failed) return;
    const bytes = updates.reduce((sum, update) => sum + update.byteLength, 0);
    this.unstored -= bytes;
    this.stored += bytes;
    // Each update in the batch took this long to store durably.
    const seconds = (performance.now() - started) / 1000;
    for (let i = 0; i < updates.length; i++) this.options.metrics.observeStoreWrite(seconds);
    this.sinceCompaction += updates.length;
    for (const entry of waiting) entry.deliver();
    if (this.sinceCompaction >= this.options.compactEvery) await this.compact();
  }

  /** Nothing queued runs any more; whoever waits for a flush is let go. */
  private fail(error: unknown): void {
    this.failed = true;
    this.queued = [];
    this.done = this.entered;
    this.settleFlushes();
    this.options.onFailure(error);
  }

  private settleFlushes(): void {
    const waiting = this.flushes;
    this.flushes = waiting.filter((flush) => flush.through > this.done);
    for (const flush of waiting) if (flush.through <= this.done) flush.resolve();
  }

  /**
   * The snapshot may already hold updates whose appends are still queued; storing them twice is
   * harmless for Yjs, and rows after `throughSeq` stay, so nothing appended meanwhile is lost.
   */
  private async compact(): Promise<void> {
    const { boardId, store, logger } = this.options;
    let throughSeq = this.lastSeq;
    const rows = this.sinceCompaction + 1;
    this.sinceCompaction = 0;
    try {
      let merged: Uint8Array;
      if (this.options.compactFromStore) {
        const stored = await store.load(boardId);
        merged = mergeStored(stored.updates);
        throughSeq = stored.lastSeq;
      } else {
        merged = this.options.snapshot();
      }
      await store.compact(boardId, merged, throughSeq);
      // Rows another instance appended meanwhile are left out until the next load: a small undercount.
      this.stored = merged.byteLength;
      logger.info("board.compacted", { boardId, throughSeq, rows, bytes: merged.byteLength });
    } catch (error) {
      // A failed compaction leaves the log as it was: still complete, just longer.
      logger.warn("board.compaction_failed", { boardId, throughSeq, error: errorMessage(error) });
    }
  }
}

/** The store has not kept up with a board: more than its limit waits to be stored. */
export class UnstoredBytesError extends Error {
  override name = "UnstoredBytesError";
  constructor(
    readonly boardId: string,
    readonly bytes: number,
  ) {
    super(`${bytes} bytes of board "${boardId}" are waiting for the store, more than MAX_UNSTORED_BYTES_PER_BOARD.`);
  }
}

/** Stored updates as one, with deleted content collected, as a fresh doc would encode them. */
function mergeStored(updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  try {
    for (const update of updates) Y.applyUpdate(doc, update);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
