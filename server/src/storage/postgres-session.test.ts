import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueSchema } from "../../test/instances";
import { dropSchema, TEST_DATABASE_URL } from "../../test/postgres";
import { openPool, requireSynchronousCommit } from "./postgres-session";
import { PostgresStore } from "./postgres-store";

/** A login role of this test's own whose sessions default to asynchronous commits. */
const role = uniqueSchema("bp_async");
const schema = uniqueSchema("bp_async_schema");
const roleUrl = (() => {
  const url = new URL(TEST_DATABASE_URL);
  url.username = role;
  url.password = "";
  return url.toString();
})();

async function asAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const database = new URL(TEST_DATABASE_URL).pathname.slice(1);
  await asAdmin(
    `CREATE ROLE ${role} LOGIN; ALTER ROLE ${role} SET synchronous_commit = off; GRANT CREATE ON DATABASE ${database} TO ${role}`,
  );
});
afterAll(async () => {
  await dropSchema(schema);
  await asAdmin(`DROP OWNED BY ${role}; DROP ROLE ${role}`);
});

describe("PostgreSQL sessions", () => {
  it("commit synchronously even for a role whose default is off", async () => {
    const plain = new pg.Client({ connectionString: roleUrl });
    await plain.connect();
    const roleDefault = (await plain.query<{ synchronous_commit: string }>("SHOW synchronous_commit")).rows[0]
      ?.synchronous_commit;
    await plain.end();
    expect(roleDefault).toBe("off");

    const pool = openPool(roleUrl, { max: 1 });
    try {
      expect(
        (await pool.query<{ synchronous_commit: string }>("SHOW synchronous_commit")).rows[0]?.synchronous_commit,
      ).toBe("on");
    } finally {
      await pool.end();
    }
    const store = await PostgresStore.connect(roleUrl, { schema, max: 1 });
    await store.close();
  });

  it("a session whose commits are asynchronous after all is refused, with a message naming synchronous_commit", async () => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      await requireSynchronousCommit(client);
      await client.query("SET synchronous_commit = off");
      await expect(requireSynchronousCommit(client)).rejects.toThrow(
        /^synchronous_commit is off for Brownpaper's sessions/,
      );
    } finally {
      await client.end();
    }
  });
});
