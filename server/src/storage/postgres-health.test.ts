import { afterAll, describe, expect, it } from "vitest";
import { dropSchema, TEST_DATABASE_URL } from "../../test/postgres";
import { uniqueSchema } from "../../test/instances";
import { PostgresStore } from "./postgres-store";

const schemas: string[] = [];
afterAll(async () => {
  for (const schema of schemas.splice(0)) await dropSchema(schema);
});

describe("a PostgreSQL store's health", () => {
  it("is lost while the database takes no writes (a standby after failover, a read-only setting) and back after", async () => {
    const schema = uniqueSchema("bp_health");
    schemas.push(schema);
    // One connection, so the read-only setting below is the one every query of the store uses.
    const store = await PostgresStore.connect(TEST_DATABASE_URL, { schema, max: 1 });
    try {
      expect(await store.healthy()).toBe(true);
      await store.database.query("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
      expect(await store.healthy()).toBe(false);
      await store.database.query("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE");
      expect(await store.healthy()).toBe(true);
    } finally {
      await store.close();
    }
  });
});
