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

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS boards (
    id TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS updates (
    board_id TEXT NOT NULL REFERENCES boards(id),
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (board_id, seq)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS snapshots (
    board_id TEXT NOT NULL REFERENCES boards(id),
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (board_id, id)
  );
`;

export const SQLITE_FILE = "brownpaper.db";

/** An appendMany waiting for the commit that ends this turn of the event loop. */
interface QueuedAppend {
  boardId: string;
  rows: Buffer[];
  resolve: (lastSeq: number) => void;
  reject: (error: unknown) => void;
}

/**
 * BoardStore on one SQLite file. WAL with synchronous=FULL: an append that returned survives
 * a power cut. better-sqlite3 is synchronous, so each method is one uninterrupted step, except
 * appends, which wait for the end of the turn to be committed together (see appendMany).
 */
export class SqliteStore implements BoardStore {
  private readonly db: Database.Database;
  private readonly statements;
  private queuedAppends: QueuedAppend[] = [];

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    this.db.pragma("busy_timeout = 5000");
    this.db.pragma("foreign_keys = ON");
    this.db.exec(SCHEMA);
    this.statements = {
      insertBoard: this.db.prepare<[string, number]>("INSERT INTO boards (id, created_at) VALUES (?, ?)"),
      boardExists: this.db.prepare<[string], { found: number }>("SELECT 1 AS found FROM boards WHERE id = ?"),
      rows: this.db.prepare<[string], { seq: number; data: Buffer }>(
        "SELECT seq, data FROM updates WHERE board_id = ? ORDER BY seq",
      ),
      lastSeq: this.db.prepare<[string], { lastSeq: number }>(
        "SELECT COALESCE(MAX(seq), 0) AS lastSeq FROM updates WHERE board_id = ?",
      ),
      // No row when there is no such board: one lookup answers both questions an append asks.
      boardLastSeq: this.db.prepare<[string], { lastSeq: number }>(
        "SELECT (SELECT COALESCE(MAX(seq), 0) FROM updates WHERE board_id = boards.id) AS lastSeq FROM boards WHERE id = ?",
      ),
      insertUpdate: this.db.prepare<[string, number, Buffer]>(
        "INSERT INTO updates (board_id, seq, data) VALUES (?, ?, ?)",
      ),
      deleteThrough: this.db.prepare<[string, number]>("DELETE FROM updates WHERE board_id = ? AND seq <= ?"),
      insertSnapshot: this.db.prepare<[string, string, string, string, number, Buffer]>(
        "INSERT INTO snapshots (board_id, id, name, author, created_at, data) VALUES (?, ?, ?, ?, ?, ?)",
      ),
      snapshotExists: this.db.prepare<[string, string], { found: number }>(
        "SELECT 1 AS found FROM snapshots WHERE board_id = ? AND id = ?",
      ),
      listSnapshots: this.db.prepare<[string], SnapshotInfo>(
        "SELECT id, name, author, created_at AS createdAt FROM snapshots WHERE board_id = ? ORDER BY created_at DESC, rowid DESC",
      ),
      loadSnapshot: this.db.prepare<[string, string], SnapshotInfo & { data: Buffer }>(
        "SELECT id, name, author, created_at AS createdAt, data FROM snapshots WHERE board_id = ? AND id = ?",
      ),
      snapshotUsage: this.db.prepare<[string], SnapshotUsage>(
        "SELECT COUNT(*) AS count, COALESCE(SUM(LENGTH(data)), 0) AS bytes FROM snapshots WHERE board_id = ?",
      ),
      ping: this.db.prepare<[], { ok: number }>("SELECT 1 AS ok"),
    };
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

  /** Opens (or creates) DATA_DIR/brownpaper.db. */
  static inDirectory(dataDir: string): SqliteStore {
    return new SqliteStore(join(dataDir, SQLITE_FILE));
  }

  private requireBoard(boardId: string): void {
    if (!this.statements.boardExists.get(boardId)) throw new BoardNotFoundError(boardId);
  }

  private readonly createTx = (boardId: string, initialUpdate: Uint8Array): void => {
    if (this.statements.boardExists.get(boardId)) throw new BoardExistsError(boardId);
    this.statements.insertBoard.run(boardId, Date.now());
    this.statements.insertUpdate.run(boardId, 1, Buffer.from(initialUpdate));
  };

  async createBoard(boardId: string, initialUpdate: Uint8Array): Promise<void> {
    this.db.transaction(this.createTx).immediate(boardId, initialUpdate);
  }

  async boardExists(boardId: string): Promise<boolean> {
    return this.statements.boardExists.get(boardId) !== undefined;
  }

  async load(boardId: string): Promise<StoredBoard> {
    return this.db.transaction((): StoredBoard => {
      this.requireBoard(boardId);
      const rows = this.statements.rows.all(boardId);
      return { updates: rows.map((row) => new Uint8Array(row.data)), lastSeq: rows.at(-1)?.seq ?? 0 };
    })();
  }

  append(boardId: string, update: Uint8Array): Promise<number> {
    return this.appendMany(boardId, [update]);
  }

  /**
   * Group commit: appends asked for in the same turn of the event loop, for any board, are
   * written by one immediate transaction at the end of the turn, so they share one fsync, which
   * is what an append costs with synchronous=FULL. Each caller still gets its own seqs, or its
   * own BoardNotFoundError; only a failed transaction fails every append in it.
   */
  async appendMany(boardId: string, updates: readonly Uint8Array[]): Promise<number> {
    assertUpdates(boardId, updates);
    // Copied now: the caller may reuse its buffers before the commit runs.
    const rows = updates.map((update) => Buffer.from(update));
    return new Promise((resolve, reject) => {
      if (this.queuedAppends.length === 0) setImmediate(this.commitQueuedAppends);
      this.queuedAppends.push({ boardId, rows, resolve, reject });
    });
  }

  private readonly commitQueuedAppends = (): void => {
    const queued = this.queuedAppends;
    if (queued.length === 0) return;
    this.queuedAppends = [];
    let outcomes: (number | BoardNotFoundError)[];
    try {
      outcomes = this.db.transaction(this.appendTx).immediate(queued);
    } catch (error) {
      for (const append of queued) append.reject(error);
      return;
    }
    queued.forEach((append, index) => {
      const outcome = outcomes[index]!;
      if (typeof outcome === "number") append.resolve(outcome);
      else append.reject(outcome);
    });
  };

  /** One read per board per commit, however many appends it holds for that board. */
  private readonly appendTx = (queued: readonly QueuedAppend[]): (number | BoardNotFoundError)[] => {
    const lastSeqs = new Map<string, number>();
    return queued.map(({ boardId, rows }) => {
      let seq = lastSeqs.get(boardId) ?? this.statements.boardLastSeq.get(boardId)?.lastSeq;
      if (seq === undefined) return new BoardNotFoundError(boardId);
      for (const row of rows) this.statements.insertUpdate.run(boardId, ++seq, row);
      lastSeqs.set(boardId, seq);
      return seq;
    });
  };

  async compact(boardId: string, merged: Uint8Array, throughSeq: number): Promise<void> {
    this.db
      .transaction(() => {
        this.requireBoard(boardId);
        assertCompactable(boardId, throughSeq, this.statements.lastSeq.get(boardId)!.lastSeq);
        this.statements.deleteThrough.run(boardId, throughSeq);
        this.statements.insertUpdate.run(boardId, throughSeq, Buffer.from(merged));
      })
      .immediate();
  }

  async saveSnapshot(boardId: string, snapshot: StoredSnapshot): Promise<void> {
    this.db
      .transaction(() => {
        this.requireBoard(boardId);
        if (this.statements.snapshotExists.get(boardId, snapshot.id))
          throw new SnapshotExistsError(boardId, snapshot.id);
        const { id, name, author, createdAt, data } = snapshot;
        this.statements.insertSnapshot.run(boardId, id, name, author, createdAt, Buffer.from(data));
      })
      .immediate();
  }

  async listSnapshots(boardId: string): Promise<SnapshotInfo[]> {
    return this.db.transaction((): SnapshotInfo[] => {
      this.requireBoard(boardId);
      return this.statements.listSnapshots.all(boardId);
    })();
  }

  async loadSnapshot(boardId: string, snapshotId: string): Promise<StoredSnapshot | null> {
    return this.db.transaction((): StoredSnapshot | null => {
      this.requireBoard(boardId);
      const row = this.statements.loadSnapshot.get(boardId, snapshotId);
      return row ? { ...row, data: new Uint8Array(row.data) } : null;
    })();
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
    // Appends asked for before closing are written, not dropped.
    this.commitQueuedAppends();
    this.db.close();
  }
}
