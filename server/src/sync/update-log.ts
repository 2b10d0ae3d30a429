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

/**
 * A room's single line of work towards the store. Every update is stored before anyone else
 * hears of it, and everything sent that could contain an update waits behind the appends that
 * came first, so no client ever holds a change the server would lose in a crash.
 */
export class UpdateLog {
  private tail: Promise<void> = Promise.resolve();
  private failed = false;
  private lastSeq: number;
  private sinceCompaction: number;

  constructor(private readonly options: UpdateLogOptions) {
    this.lastSeq = options.lastSeq;
    this.sinceCompaction = Math.max(0, options.storedRows - 1);
  }

  /** Stores `update`, then runs `deliver` (the broadcast). */
  record(update: Uint8Array, deliver: () => void): void {
    this.enqueue(async () => {
      const started = performance.now();
      this.lastSeq = await this.options.store.append(this.options.boardId, update);
      this.options.metrics.observeStoreWrite((performance.now() - started) / 1000);
      this.sinceCompaction++;
      deliver();
      if (this.sinceCompaction >= this.options.compactEvery) await this.compact();
    });
  }

  /** Runs `deliver` once every update recorded before this call is stored. */
  afterStored(deliver: () => void): void {
    this.enqueue(async () => deliver());
  }

  /** Resolves when everything queued so far has been stored (or the log failed). Never rejects. */
  flush(): Promise<void> {
    return this.tail;
  }

  private enqueue(task: () => Promise<void>): void {
    this.tail = this.tail.then(async () => {
      if (this.failed) return;
      try {
        await task();
      } catch (error) {
        this.failed = true;
        this.options.onFailure(error);
      }
    });
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
      logger.info("board.compacted", { boardId, throughSeq, rows, bytes: merged.byteLength });
    } catch (error) {
      // A failed compaction leaves the log as it was: still complete, just longer.
      logger.warn("board.compaction_failed", { boardId, throughSeq, error: errorMessage(error) });
    }
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
