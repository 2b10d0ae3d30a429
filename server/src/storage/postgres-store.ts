import pg from "pg";
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
import { migrateSchema } from "./postgres-schema";
import { openPool, requireSynchronousCommit, type PostgresSessionOptions } from "./postgres-session";
import { inTransaction } from "./postgres-transaction";

export type PostgresStoreOptions = PostgresSessionOptions;

const CLOSE_TIMEOUT_MS = 2000;

/**
 * BoardStore on PostgreSQL, for several server instances sharing boards. An append takes the
 * next seqs from the board's row in the same statement that stores the updates, so concurrent
 * appends from different instances serialise on that row and never collide; a commit returns
 * only once PostgreSQL has flushed its WAL (see openPool: synchronous_commit is on in every session).
 */
export class PostgresStore implements BoardStore {
  private constructor(private readonly pool: pg.Pool) {}

  /** The pool, for tables kept beside the boards' in the same schema (reviews/postgres-review-store). */
  get database(): pg.Pool {
    return this.pool;
  }

  static async connect(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const schema = options.schema;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
      throw new Error(`Invalid schema name "${schema}".`);
    const pool = openPool(url, options);
    try {
      const client = await pool.connect();
      try {
        await requireSynchronousCommit(client);
        await migrateSchema(client, schema === undefined ? {} : { schema });
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresStore(pool);
  }

  private transaction<T>(run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, run);
  }

  private async requireBoard(client: pg.ClientBase, boardId: string, lock = false): Promise<number> {
    const row = (
      await client.query<{ last_seq: string }>(
        `SELECT last_seq FROM boards WHERE id = $1${lock ? " FOR UPDATE" : ""}`,
        [boardId],
      )
    ).rows[0];
    if (!row) throw new BoardNotFoundError(boardId);
    return Number(row.last_seq);
  }

  async createBoard(boardId: string, initialUpdate: Uint8Array): Promise<void> {
    await this.transaction(async (client) => {
      const inserted = await client.query(
        "INSERT INTO boards (id, created_at, last_seq) VALUES ($1, $2, 1) ON CONFLICT DO NOTHING",
        [boardId, Date.now()],
      );
      if (inserted.rowCount === 0) throw new BoardExistsError(boardId);
      await client.query("INSERT INTO updates (board_id, seq, data) VALUES ($1, 1, $2)", [
        boardId,
        Buffer.from(initialUpdate),
      ]);
    });
  }

  async boardExists(boardId: string): Promise<boolean> {
    return (await this.pool.query("SELECT 1 FROM boards WHERE id = $1", [boardId])).rowCount === 1;
  }

  async load(boardId: string): Promise<StoredBoard> {
    return this.transaction(async (client) => {
      await client.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
      await this.requireBoard(client, boardId);
      const rows = (
        await client.query<{ seq: string; data: Buffer }>(
          "SELECT seq, data FROM updates WHERE board_id = $1 ORDER BY seq",
          [boardId],
        )
      ).rows;
      return {
        updates: rows.map((row) => new Uint8Array(row.data)),
        lastSeq: rows.length > 0 ? Number(rows[rows.length - 1]!.seq) : 0,
      };
    });
  }

  append(boardId: string, update: Uint8Array): Promise<number> {
    return this.appendMany(boardId, [update]);
  }

  /** One statement, so one transaction and one WAL flush however many updates it stores. */
  async appendMany(boardId: string, updates: readonly Uint8Array[]): Promise<number> {
    assertUpdates(boardId, updates);
    const result = await this.pool.query<{ seq: string }>(
      `WITH next AS (UPDATE boards SET last_seq = last_seq + $3 WHERE id = $1 RETURNING last_seq)
       INSERT INTO updates (board_id, seq, data)
       SELECT $1, next.last_seq - $3 + batch.position, batch.data
       FROM next, unnest($2::bytea[]) WITH ORDINALITY AS batch(data, position)
       RETURNING seq`,
      // Copied now: the query may wait for a pool connection while the caller reuses its buffers.
      [boardId, updates.map((update) => Buffer.from(update)), updates.length],
    );
    if (result.rows.length === 0) throw new BoardNotFoundError(boardId);
    return result.rows.reduce((last, row) => Math.max(last, Number(row.seq)), 0);
  }

  async compact(boardId: string, merged: Uint8Array, throughSeq: number): Promise<void> {
    await this.transaction(async (client) => {
      // Locking the board's row holds back appends until the log is rewritten.
      assertCompactable(boardId, throughSeq, await this.requireBoard(client, boardId, true));
      await client.query("DELETE FROM updates WHERE board_id = $1 AND seq <= $2", [boardId, throughSeq]);
      await client.query("INSERT INTO updates (board_id, seq, data) VALUES ($1, $2, $3)", [
        boardId,
        throughSeq,
        Buffer.from(merged),
      ]);
    });
  }

  async saveSnapshot(boardId: string, snapshot: StoredSnapshot): Promise<void> {
    await this.transaction(async (client) => {
      await this.requireBoard(client, boardId);
      const { id, name, author, createdAt, data } = snapshot;
      const inserted = await client.query(
        "INSERT INTO snapshots (board_id, id, name, author, created_at, data) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
        [boardId, id, name, author, createdAt, Buffer.from(data)],
      );
      if (inserted.rowCount === 0) throw new SnapshotExistsError(boardId, id);
    });
  }

  async listSnapshots(boardId: string): Promise<SnapshotInfo[]> {
    return this.transaction(async (client) => {
      await this.requireBoard(client, boardId);
      const rows = (
        await client.query<{ id: string; name: string; author: string; created_at: string }>(
          "SELECT id, name, author, created_at FROM snapshots WHERE board_id = $1 ORDER BY created_at DESC, id DESC",
          [boardId],
        )
      ).rows;
      return rows.map((row) => ({ id: row.id, name: row.name, author: row.author, createdAt: Number(row.created_at) }));
    });
  }

  async loadSnapshot(boardId: string, snapshotId: string): Promise<StoredSnapshot | null> {
    return this.transaction(async (client) => {
      await this.requireBoard(client, boardId);
      const row = (
        await client.query<{ id: string; name: string; author: string; created_at: string; data: Buffer }>(
          "SELECT id, name, author, created_at, data FROM snapshots WHERE board_id = $1 AND id = $2",
          [boardId, snapshotId],
        )
      ).rows[0];
      return row
        ? {
            id: row.id,
            name: row.name,
            author: row.author,
            createdAt: Number(row.created_at),
            data: new Uint8Array(row.data),
          }
        : null;
    });
  }

  async snapshotUsage(boardId: string): Promise<SnapshotUsage> {
    return this.transaction(async (client) => {
      await this.requireBoard(client, boardId);
      const row = (
        await client.query<{ count: string; bytes: string }>(
          "SELECT COUNT(*) AS count, COALESCE(SUM(octet_length(data)), 0) AS bytes FROM snapshots WHERE board_id = $1",
          [boardId],
        )
      ).rows[0];
      return { count: Number(row?.count ?? 0), bytes: Number(row?.bytes ?? 0) };
    });
  }

  /** Answers and takes writes: a standby or a database set read-only (after a failover, a full disk) is not healthy. */
  async healthy(): Promise<boolean> {
    try {
      const row = (await this.pool.query<{ ro: string }>("SELECT current_setting('transaction_read_only') AS ro"))
        .rows[0];
      return row?.ro === "off";
    } catch {
      return false;
    }
  }

  /**
   * Waits for running queries at most CLOSE_TIMEOUT_MS, so a stalled database cannot hold
   * shutdown: by then the rooms have stored what they could, and a write still running was
   * never acknowledged to anyone.
   */
  async close(): Promise<void> {
    if (this.pool.ended || this.pool.ending) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.pool.end(),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, CLOSE_TIMEOUT_MS);
      }),
    ]);
    clearTimeout(timer);
  }
}
