import type * as Y from "yjs";
import { boardMaps, META, type BoardMaps } from "./layout";
import { MIGRATION_ORIGIN } from "./origin";
import { DEFAULT_BOARD_STATE, DEFAULT_BOARD_TITLE, DEFAULT_DOTS_PER_PARTICIPANT } from "../schema/board";

/** One step in the doc's schema history. `up` must only add or reshape; it runs in a transaction. */
export interface Migration {
  version: number;
  name: string;
  up(maps: BoardMaps): void;
}

/** Ordered by version; append, never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "board metadata defaults",
    up(maps) {
      if (typeof maps.meta.get(META.title) !== "string") maps.meta.set(META.title, DEFAULT_BOARD_TITLE);
      if (typeof maps.meta.get(META.state) !== "string") maps.meta.set(META.state, DEFAULT_BOARD_STATE);
      if (typeof maps.meta.get(META.dotsPerParticipant) !== "number") {
        maps.meta.set(META.dotsPerParticipant, DEFAULT_DOTS_PER_PARTICIPANT);
      }
    },
  },
];

export const CURRENT_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export class SchemaTooNewError extends Error {
  override name = "SchemaTooNewError";
}

/** The schema version a doc says it is at (0 for a doc that never ran a migration). */
export function schemaVersionOf(doc: Y.Doc): number {
  const version = boardMaps(doc).meta.get(META.schemaVersion);
  return typeof version === "number" && Number.isInteger(version) ? version : 0;
}

/**
 * Brings a doc up to the current schema: every pending migration, in order, in one
 * transaction. Returns the versions applied. A doc from a newer Brownpaper is refused rather
 * than touched.
 */
export function migrateDoc(doc: Y.Doc, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const from = schemaVersionOf(doc);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (from > latest) {
    throw new SchemaTooNewError(
      `This board was saved by a newer Brownpaper (schema ${from}; this server knows ${latest}).`,
    );
  }
  const pending = migrations.filter((migration) => migration.version > from);
  if (pending.length === 0) return [];
  doc.transact(() => {
    const maps = boardMaps(doc);
    for (const migration of pending) migration.up(maps);
    maps.meta.set(META.schemaVersion, latest);
  }, MIGRATION_ORIGIN);
  return pending.map((migration) => migration.version);
}
