import Database from "better-sqlite3";
import { join } from "node:path";
import {
  assertCompactable,
  assertUpdates,
  BoardExistsError,
  BoardNotFoundError,
  SnapshotExistsError,
  type BoardStore,
  type SnapshotInfo,
  type SnapshotUsage,
  type StoredBoard,
  type StoredSnapshot,
} from "./board-store";
import { FIRST_RETRY_MS, isBusy, LONGEST_RETRY_MS, retryWhileBusy } from "./sqlite-busy";
import { prepareStatements, SCHEMA, type SqliteStatements } from "./sqlite-statements";
import { LARGE_BOARD_BYTES, SqliteBoardWriter } from "./sqlite-board-writer";

export const SQLITE_FILE = "brownpaper.db";

/** An appendMany waiting for the commit that ends this turn of the event loop. */
interface QueuedAppend {
  boardId: string;
  rows: Buffer[];
  /** performance.now() when it was asked for: a locked database is retried until busyRetryMs after it. */
  queuedAt: number;
  resolve: (lastSeq: number) => void;
  reject: (error: unknown) => void;
}

export interface SqliteStoreOptions {
  /** How long one attempt waits (blocking the event loop) for another connection's write lock. */
  busyTimeoutMs?: number;
  /** How long a locked operation keeps being retried, asynchronously, before it fails with SQLITE_BUSY. */
  busyRetryMs?: number;
}

/**
 * BoardStore on one SQLite file. WAL with synchronous=FULL: an append that returned survives
 * a power cut. better-sqlite3 is synchronous, so each method is one uninterrupted step, except
 * appends, which wait for the end of the turn to be committed together (see appendMany).
 * A lock held by another connection blocks the event loop for at most busyTimeoutMs per
 * attempt; the attempt is then retried from a timer, with backoff, for up to busyRetryMs, so
 * the rest of the server keeps answering while a board waits for the lock.
 */
export class SqliteStore implements BoardStore {
  private readonly db: Database.Database;
  private readonly statements: SqliteStatements;
  private queuedAppends: QueuedAppend[] = [];
  private retryTimer: NodeJS.Timeout | null = null;
  private retryDelayMs = FIRST_RETRY_MS;
  private readonly busyRetryMs: number;
  /** Writes large new boards off the main thread; none for an in-memory database. */
  private readonly boardWriter: SqliteBoardWriter | null;
  /** One append, nested in appendTx's transaction, so a savepoint: a failure undoes this append only. */
  private readonly appendOneTx: (boardId: string, rows: Buffer[], known: number | undefined) => number;

  constructor(file: string, options: SqliteStoreOptions = {}) {
    this.busyRetryMs = options.busyRetryMs ?? 10_000;
    this.boardWriter = file === ":memory:" || file === "" ? null : new SqliteBoardWriter(file);
    this.db = new Database(file);
    // Start-up may wait longer: nothing else is served yet.
    this.db.pragma("busy_timeout = 5000");
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    this.db.pragma("foreign_keys = ON");
    this.db.exec(SCHEMA);
    this.statements = prepareStatements(this.db);
    this.appendOneTx = this.db.transaction((boardId: string, rows: Buffer[], known: number | undefined) => {
      let seq = known ?? this.statements.boardLastSeq.get(boardId)?.lastSeq;
      if (seq === undefined) throw new BoardNotFoundError(boardId);
      for (const row of rows) this.statements.insertUpdate.run(boardId, ++seq, row);
      return seq;
    });
    this.db.pragma(`busy_timeout = ${Math.floor(options.busyTimeoutMs ?? 50)}`);
  }

  /** Runs `work`; while the database is locked, again from a timer, with backoff, until busyRetryMs. */
  private retrying<T>(work: () => T): Promise<T> {
    return retryWhileBusy(work, this.busyRetryMs, () => this.db.open);
  }

  /**
   * The settings durability rests on, as this connection sees them (they are per connection):
   * WAL, so a crash mid-write leaves the last committed state; synchronous=FULL (2), so each
   * commit is fsynced before append() resolves and the update is relayed.
   */
  durability(): { journalMode: string; synchronous: number } {
    return {
      journalMode: String(this.db.pragma("journal_mode", { simple: true })),
      synchronous: Number(this.db.pragma("synchronous", { simple: true })),
    };
  }

  /** The connection, for tables kept beside the boards' in the same file (reviews/sqlite-review-store). */
  get database(): Database.Database {
    return this.db;
  }

  /** Opens (or creates) DATA_DIR/brownpaper.db. */
  static inDirectory(dataDir: string, options: SqliteStoreOptions = {}): SqliteStore {
    return new SqliteStore(join(dataDir, SQLITE_FILE), options);
  }

  private requireBoard(boardId: string): void {
    if (!this.statements.boardExists.get(boardId)) throw new BoardNotFoundError(boardId);
  }

  private readonly createTx = (boardId: string, initialUpdate: Uint8Array): void => {
    if (this.statements.boardExists.get(boardId)) throw new BoardExistsError(boardId);
    this.statements.insertBoard.run(boardId, Date.now());
    this.statements.insertUpdate.run(boardId, 1, Buffer.from(initialUpdate));
  };

  createBoard(boardId: string, initialUpdate: Uint8Array): Promise<void> {
    if (this.boardWriter && initialUpdate.byteLength >= LARGE_BOARD_BYTES)
      return this.boardWriter.createBoard(boardId, initialUpdate);
    return this.retrying(() => this.db.transaction(this.createTx).immediate(boardId, initialUpdate));
  }

  boardExists(boardId: string): Promise<boolean> {
    return this.retrying(() => this.statements.boardExists.get(boardId) !== undefined);
  }

  load(boardId: string): Promise<StoredBoard> {
    return this.retrying(() =>
      this.db.transaction((): StoredBoard => {
        this.requireBoard(boardId);
        const rows = this.statements.rows.all(boardId);
        return { updates: rows.map((row) => new Uint8Array(row.data)), lastSeq: rows.at(-1)?.seq ?? 0 };
      })(),
    );
  }

  append(boardId: string, update: Uint8Array): Promise<number> {
    return this.appendMany(boardId, [update]);
  }

  /**
   * Group commit: appends asked for in the same turn of the event loop, for any board, are
   * written by one immediate transaction at the end of the turn, so they share one fsync, which
   * is what an append costs with synchronous=FULL. Each append runs in a savepoint of its own,
   * so each caller gets its own seqs or its own error (BoardNotFoundError, a constraint, a full
   * disk) and the others in the commit are stored all the same. A locked database puts the
   * whole commit back and retries it later (see retrying).
   */
  async appendMany(boardId: string, updates: readonly Uint8Array[]): Promise<number> {
    assertUpdates(boardId, updates);
    // Copied now: the caller may reuse its buffers before the commit runs.
    const rows = updates.map((update) => Buffer.from(update));
    return new Promise((resolve, reject) => {
      if (this.queuedAppends.length === 0 && this.retryTimer === null) setImmediate(this.commitQueuedAppends);
      this.queuedAppends.push({ boardId, rows, queuedAt: performance.now(), resolve, reject });
    });
  }

  private readonly commitQueuedAppends = (): void => {
    this.retryTimer = null;
    const queued = this.queuedAppends;
    if (queued.length === 0 || !this.db.open) return;
    this.queuedAppends = [];
    let outcomes: (number | Error)[];
    try {
      outcomes = this.db.transaction(this.appendTx).immediate(queued);
    } catch (error) {
      if (isBusy(error)) return this.retryLater(queued, error);
      // The commit itself failed (an I/O error, a full disk at COMMIT): each append alone, so
      // only those that fail again fail.
      outcomes = queued.map((append) => {
        try {
          return this.db.transaction(this.appendTx).immediate([append])[0]!;
        } catch (alone) {
          return alone instanceof Error ? alone : new Error(String(alone));
        }
      });
    }
    this.retryDelayMs = FIRST_RETRY_MS;
    queued.forEach((append, index) => {
      const outcome = outcomes[index]!;
      if (typeof outcome === "number") append.resolve(outcome);
      else append.reject(outcome);
    });
  };

  /** Appends that have waited busyRetryMs fail; the others go back to the front of the queue. */
  private retryLater(queued: QueuedAppend[], error: unknown): void {
    const now = performance.now();
    const waiting = queued.filter((append) => {
      if (now - append.queuedAt < this.busyRetryMs) return true;
      append.reject(error);
      return false;
    });
    this.queuedAppends = [...waiting, ...this.queuedAppends];
    if (this.queuedAppends.length === 0) return;
    this.retryTimer = setTimeout(this.commitQueuedAppends, this.retryDelayMs);
    this.retryDelayMs = Math.min(this.retryDelayMs * 2, LONGEST_RETRY_MS);
  }

  /** One read per board per commit, however many appends it holds for that board. */
  private readonly appendTx = (queued: readonly QueuedAppend[]): (number | Error)[] => {
    const lastSeqs = new Map<string, number>();
    return queued.map(({ boardId, rows }) => {
      try {
        const seq = this.appendOneTx(boardId, rows, lastSeqs.get(boardId));
        lastSeqs.set(boardId, seq);
        return seq;
      } catch (error) {
        // A lock is the whole commit's problem: it is retried as one.
        if (isBusy(error)) throw error;
        return error instanceof Error ? error : new Error(String(error));
      }
    });
  };

  compact(boardId: string, merged: Uint8Array, throughSeq: number): Promise<void> {
    const data = Buffer.from(merged);
    return this.retrying(() =>
      this.db
        .transaction(() => {
          this.requireBoard(boardId);
          assertCompactable(boardId, throughSeq, this.statements.lastSeq.get(boardId)!.lastSeq);
          this.statements.deleteThrough.run(boardId, throughSeq);
          this.statements.insertUpdate.run(boardId, throughSeq, data);
        })
        .immediate(),
    );
  }

  saveSnapshot(boardId: string, snapshot: StoredSnapshot): Promise<void> {
    const { id, name, author, createdAt } = snapshot;
    const data = Buffer.from(snapshot.data);
    return this.retrying(() =>
      this.db
        .transaction(() => {
          this.requireBoard(boardId);
          if (this.statements.snapshotExists.get(boardId, id)) throw new SnapshotExistsError(boardId, id);
          this.statements.insertSnapshot.run(boardId, id, name, author, createdAt, data);
        })
        .immediate(),
    );
  }

  listSnapshots(boardId: string): Promise<SnapshotInfo[]> {
    return this.retrying(() =>
      this.db.transaction((): SnapshotInfo[] => {
        this.requireBoard(boardId);
        return this.statements.listSnapshots.all(boardId);
      })(),
    );
  }

  loadSnapshot(boardId: string, snapshotId: string): Promise<StoredSnapshot | null> {
    return this.retrying(() =>
      this.db.transaction((): StoredSnapshot | null => {
        this.requireBoard(boardId);
        const row = this.statements.loadSnapshot.get(boardId, snapshotId);
        return row ? { ...row, data: new Uint8Array(row.data) } : null;
      })(),
    );
  }

  async snapshotUsage(boardId: string): Promise<SnapshotUsage> {
    return this.db.transaction((): SnapshotUsage => {
      this.requireBoard(boardId);
      return this.statements.snapshotUsage.get(boardId) ?? { count: 0, bytes: 0 };
    })();
  }

  async healthy(): Promise<boolean> {
    try {
      return this.db.open && this.statements.ping.get()?.ok === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    // Appends asked for before closing are written, not dropped (a locked database fails them).
    this.commitQueuedAppends();
    for (const append of this.queuedAppends.splice(0))
      append.reject(new Error("The SQLite store closed while the database was locked."));
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.boardWriter?.close();
    this.db.close();
  }
}
