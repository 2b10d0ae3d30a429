import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { dropSchema, TEST_DATABASE_URL } from "../../test/postgres";
import { uniqueSchema } from "../../test/instances";
import { migrateSchema, MIGRATIONS } from "./postgres-schema";
import { PostgresStore } from "./postgres-store";

const schemas: string[] = [];
afterAll(async () => {
  for (const schema of schemas.splice(0)) await dropSchema(schema);
});

function freshSchema(): string {
  const schema = uniqueSchema("bp_migrate");
  schemas.push(schema);
  return schema;
}

/** A session of its own on `schema`, as a store's are (the schema need not exist yet). */
async function session(schema: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}` });
  await client.connect();
  return client;
}

async function query<Row extends pg.QueryResultRow>(schema: string, sql: string): Promise<Row[]> {
  const client = await session(schema);
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

const versionRows = (schema: string) => query<{ version: number }>(schema, "SELECT version FROM brownpaper_schema");

describe("PostgreSQL schema migrations", () => {
  it("a schema whose version table says 0 is brought to the latest version, and starts again afterwards", async () => {
    const schema = freshSchema();
    await query(
      schema,
      `CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.brownpaper_schema (version INTEGER NOT NULL); INSERT INTO ${schema}.brownpaper_schema VALUES (0)`,
    );

    const store = await PostgresStore.connect(TEST_DATABASE_URL, { schema, max: 2 });
    await store.createBoard("b_migrated", new Uint8Array([0, 0]));
    await store.close();
    expect(await versionRows(schema)).toEqual([{ version: MIGRATIONS.length }]);

    const restarted = await PostgresStore.connect(TEST_DATABASE_URL, { schema, max: 2 });
    expect(await restarted.boardExists("b_migrated")).toBe(true);
    await restarted.close();
  });

  it("a schema from a newer Brownpaper is refused with a message, and left as it is", async () => {
    const schema = freshSchema();
    const ahead = MIGRATIONS.length + 1;
    await query(
      schema,
      `CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.brownpaper_schema (version INTEGER NOT NULL); INSERT INTO ${schema}.brownpaper_schema VALUES (${ahead})`,
    );
    await expect(PostgresStore.connect(TEST_DATABASE_URL, { schema, max: 2 })).rejects.toThrow(/newer Brownpaper/);
    expect(await versionRows(schema)).toEqual([{ version: ahead }]);
  });

  it("a schema at an older version gets only the later migrations, and keeps its boards", async () => {
    const schema = freshSchema();
    const client = await session(schema);
    try {
      expect(await migrateSchema(client, { schema })).toEqual({ from: 0, to: MIGRATIONS.length });
      await client.query("INSERT INTO boards (id, created_at, last_seq) VALUES ('b_kept', 1, 0)");

      // The next release adds a column: the first migration must not run again (it would fail).
      const next = [...MIGRATIONS, "ALTER TABLE boards ADD COLUMN title TEXT NOT NULL DEFAULT 'Untitled'"];
      expect(await migrateSchema(client, { schema, migrations: next })).toEqual({
        from: MIGRATIONS.length,
        to: next.length,
      });
      expect((await client.query("SELECT id, title FROM boards")).rows).toEqual([{ id: "b_kept", title: "Untitled" }]);
      expect(await migrateSchema(client, { schema, migrations: next })).toEqual({ from: next.length, to: next.length });
    } finally {
      await client.end();
    }
    expect(await versionRows(schema)).toEqual([{ version: MIGRATIONS.length + 1 }]);
  });

  it("stores starting at once on a fresh schema all start, and the migrations run exactly once", async () => {
    for (let round = 0; round < 5; round++) {
      const schema = freshSchema();
      const started = await Promise.allSettled(
        Array.from({ length: 4 }, () => PostgresStore.connect(TEST_DATABASE_URL, { schema, max: 2 })),
      );
      for (const outcome of started) if (outcome.status === "fulfilled") await outcome.value.close();
      expect(started.map((outcome) => (outcome.status === "rejected" ? String(outcome.reason) : "started"))).toEqual(
        Array(4).fill("started"),
      );
      expect(await versionRows(schema)).toEqual([{ version: MIGRATIONS.length }]);
    }

    // A migration that counts its runs, raced by four sessions.
    const schema = freshSchema();
    const counting = ["CREATE TABLE runs (run SERIAL); INSERT INTO runs DEFAULT VALUES"];
    const sessions = await Promise.all(Array.from({ length: 4 }, () => session(schema)));
    try {
      await Promise.all(sessions.map((client) => migrateSchema(client, { schema, migrations: counting })));
    } finally {
      await Promise.all(sessions.map((client) => client.end()));
    }
    expect(await query(schema, "SELECT run FROM runs")).toEqual([{ run: 1 }]);
  });
});
