import type pg from "pg";
import { REVIEW_ROUNDS_MIGRATION } from "../reviews/postgres-review-schema";

/**
 * Versioned schema steps: step n takes the schema from version n to n + 1. Never change a step
 * that has shipped; add one.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE boards (
     id TEXT PRIMARY KEY,
     created_at BIGINT NOT NULL,
     last_seq BIGINT NOT NULL DEFAULT 0
   );
   CREATE TABLE updates (
     board_id TEXT NOT NULL REFERENCES boards(id),
     seq BIGINT NOT NULL,
     data BYTEA NOT NULL,
     PRIMARY KEY (board_id, seq)
   );
   CREATE TABLE snapshots (
     board_id TEXT NOT NULL REFERENCES boards(id),
     id TEXT NOT NULL,
     name TEXT NOT NULL,
     author TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     data BYTEA NOT NULL,
     PRIMARY KEY (board_id, id)
   );`,
  REVIEW_ROUNDS_MIGRATION,
];

/** Held while migrating; the same key for every Brownpaper instance on the database. */
const MIGRATION_LOCK = 7_312_004_211;

export interface MigrationOptions {
  /** Created if missing; the session's search_path must already name it. */
  schema?: string;
  migrations?: readonly string[];
}

/**
 * Creates the schema if it is named and missing, and runs the migrations it has not had yet —
 * all in one transaction, after taking an advisory lock. Several instances starting at once
 * queue behind the first, which does the work; the others find it done. Even `CREATE SCHEMA IF
 * NOT EXISTS` needs the lock: two sessions running it at once can both find the schema missing,
 * and the second fails on a duplicate key. Returns the version found and the version left.
 */
export async function migrateSchema(
  client: pg.ClientBase,
  options: MigrationOptions = {},
): Promise<{ from: number; to: number }> {
  const migrations = options.migrations ?? MIGRATIONS;
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    if (options.schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
    await client.query("CREATE TABLE IF NOT EXISTS brownpaper_schema (version INTEGER NOT NULL)");
    const found =
      (await client.query<{ version: number | null }>("SELECT max(version) AS version FROM brownpaper_schema")).rows[0]
        ?.version ?? 0;
    if (found > migrations.length) {
      throw new Error(
        `The PostgreSQL schema is at version ${found}, from a newer Brownpaper; this one knows ${migrations.length}. Run the newer release, or point DATABASE_URL elsewhere.`,
      );
    }
    for (let version = found; version < migrations.length; version++) await client.query(migrations[version]!);
    const to = migrations.length;
    // One row, whatever an older start or a hand-made table left there.
    await client.query("DELETE FROM brownpaper_schema");
    await client.query("INSERT INTO brownpaper_schema (version) VALUES ($1)", [to]);
    await client.query("COMMIT");
    return { from: found, to };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
