import pg from "pg";

/** The PostgreSQL the machine and CI provide (trust auth on loopback). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** Drops a schema a test created, with everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/** How many update rows a board has in a test's schema. */
export async function storedRows(schema: string, boardId: string): Promise<number> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    const result = await client.query<{ rows: string }>(
      `SELECT count(*) AS rows FROM ${schema}.updates WHERE board_id = $1`,
      [boardId],
    );
    return Number(result.rows[0]?.rows ?? 0);
  } finally {
    await client.end();
  }
}
