import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { migrateDoc, schemaVersionOf, SchemaTooNewError, CURRENT_SCHEMA_VERSION, type Migration } from "./migrations";
import { boardMaps, META } from "./layout";
import { MIGRATION_ORIGIN } from "./origin";
import { readBoard } from "./read-board";

describe("migrations", () => {
  it("brings a blank doc to the current schema with default metadata", () => {
    const doc = new Y.Doc();
    expect(schemaVersionOf(doc)).toBe(0);
    expect(migrateDoc(doc)).toEqual([1]);
    expect(schemaVersionOf(doc)).toBe(CURRENT_SCHEMA_VERSION);
    expect(readBoard(doc).meta).toMatchObject({ title: "Untitled process", state: "as-is", dotsPerParticipant: 3 });
  });

  it("runs once: a migrated doc is left untouched", () => {
    const doc = new Y.Doc();
    migrateDoc(doc);
    let updates = 0;
    doc.on("update", () => updates++);
    expect(migrateDoc(doc)).toEqual([]);
    expect(updates).toBe(0);
  });

  it("runs pending migrations in order, in one transaction with the migration origin", () => {
    const doc = new Y.Doc();
    const seen: string[] = [];
    const migrations: Migration[] = [
      { version: 1, name: "one", up: () => seen.push("one") },
      {
        version: 2,
        name: "two",
        up: (maps) => {
          seen.push("two");
          maps.meta.set("extra", true);
        },
      },
    ];
    boardMaps(doc).meta.set(META.schemaVersion, 1);
    const origins: unknown[] = [];
    doc.on("afterTransaction", (transaction: Y.Transaction) => origins.push(transaction.origin));
    expect(migrateDoc(doc, migrations)).toEqual([2]);
    expect(seen).toEqual(["two"]);
    expect(origins).toEqual([MIGRATION_ORIGIN]);
    expect(schemaVersionOf(doc)).toBe(2);
  });

  it("refuses a doc saved by a newer schema without touching it", () => {
    const doc = new Y.Doc();
    boardMaps(doc).meta.set(META.schemaVersion, 99);
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => migrateDoc(doc)).toThrow(SchemaTooNewError);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});
