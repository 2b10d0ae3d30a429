import type Database from "better-sqlite3";
import type { SnapshotInfo, SnapshotUsage } from "./board-store";

/** The boards' tables in SQLite's file: a board, its update log and its snapshots. */
export const SCHEMA = `
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

/** Every statement SqliteStore runs, prepared once on its connection. */
export function prepareStatements(db: Database.Database) {
  return {
    insertBoard: db.prepare<[string, number]>("INSERT INTO boards (id, created_at) VALUES (?, ?)"),
    boardExists: db.prepare<[string], { found: number }>("SELECT 1 AS found FROM boards WHERE id = ?"),
    rows: db.prepare<[string], { seq: number; data: Buffer }>(
      "SELECT seq, data FROM updates WHERE board_id = ? ORDER BY seq",
    ),
    lastSeq: db.prepare<[string], { lastSeq: number }>(
      "SELECT COALESCE(MAX(seq), 0) AS lastSeq FROM updates WHERE board_id = ?",
    ),
    // No row when there is no such board: one lookup answers both questions an append asks.
    boardLastSeq: db.prepare<[string], { lastSeq: number }>(
      "SELECT (SELECT COALESCE(MAX(seq), 0) FROM updates WHERE board_id = boards.id) AS lastSeq FROM boards WHERE id = ?",
    ),
    insertUpdate: db.prepare<[string, number, Buffer]>("INSERT INTO updates (board_id, seq, data) VALUES (?, ?, ?)"),
    deleteThrough: db.prepare<[string, number]>("DELETE FROM updates WHERE board_id = ? AND seq <= ?"),
    insertSnapshot: db.prepare<[string, string, string, string, number, Buffer]>(
      "INSERT INTO snapshots (board_id, id, name, author, created_at, data) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    snapshotExists: db.prepare<[string, string], { found: number }>(
      "SELECT 1 AS found FROM snapshots WHERE board_id = ? AND id = ?",
    ),
    listSnapshots: db.prepare<[string], SnapshotInfo>(
      "SELECT id, name, author, created_at AS createdAt FROM snapshots WHERE board_id = ? ORDER BY created_at DESC, rowid DESC",
    ),
    loadSnapshot: db.prepare<[string, string], SnapshotInfo & { data: Buffer }>(
      "SELECT id, name, author, created_at AS createdAt, data FROM snapshots WHERE board_id = ? AND id = ?",
    ),
    snapshotUsage: db.prepare<[string], SnapshotUsage>(
      "SELECT COUNT(*) AS count, COALESCE(SUM(LENGTH(data)), 0) AS bytes FROM snapshots WHERE board_id = ?",
    ),
    ping: db.prepare<[], { ok: number }>("SELECT 1 AS ok"),
  };
}

export type SqliteStatements = ReturnType<typeof prepareStatements>;
