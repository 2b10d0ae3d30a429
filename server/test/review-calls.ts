import pg from "pg";
import { expect } from "vitest";
import { PostgresStore } from "../src/storage/postgres-store";
import { SqliteStore } from "../src/storage/sqlite-store";
import { TEST_DATABASE_URL } from "./postgres";
import type { CreatedBoard, TestServer } from "./test-server";

/** Calls of the review-round routes, and ways to reach behind the server, shared by the review tests. */
export const reviewsPath = (boardId: string, agreementId = "ag-1") =>
  `/api/boards/${boardId}/agreements/${agreementId}/reviews`;

export interface Opened {
  reviewId: string;
  surveyToken: string;
  surveyUrl: string;
}

export function call(
  server: TestServer,
  path: string,
  token: string | undefined,
  options: { method?: string; body?: unknown; raw?: string; address?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined || options.raw !== undefined) headers["content-type"] = "application/json";
  if (options.address !== undefined) headers["x-forwarded-for"] = options.address;
  return fetch(`${server.url}${path}`, {
    method: options.method ?? "GET",
    headers,
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
}

export const post = (server: TestServer, path: string, token: string | undefined, body?: unknown, address?: string) =>
  call(server, path, token, { method: "POST", body, ...(address === undefined ? {} : { address }) });

export async function openRound(server: TestServer, board: CreatedBoard, agreementId = "ag-1"): Promise<Opened> {
  const response = await post(server, reviewsPath(board.id, agreementId), board.facilitatorToken, {});
  if (response.status !== 201) throw new Error(`open answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Opened;
}

export const roundPath = (board: CreatedBoard, round: Opened) => `${reviewsPath(board.id)}/${round.reviewId}`;

export async function expectRefusal(response: Response, status: number, message?: RegExp): Promise<void> {
  const body = (await response.json()) as { error?: unknown };
  expect({ status: response.status, error: body.error }).toMatchObject({ status });
  expect(typeof body.error).toBe("string");
  if (message) expect(body.error).toMatch(message);
}

/** Removes a board from the server's store behind its back, as deleting it would. */
export async function deleteBoardFromStore(server: TestServer, boardId: string): Promise<void> {
  const store = await server.openStore();
  try {
    if (store instanceof SqliteStore) {
      const db = store.database;
      db.transaction(() => {
        for (const table of ["updates", "snapshots"])
          db.prepare(`DELETE FROM ${table} WHERE board_id = ?`).run(boardId);
        db.prepare("DELETE FROM boards WHERE id = ?").run(boardId);
      })();
    } else if (store instanceof PostgresStore) {
      for (const table of ["updates", "snapshots"])
        await store.database.query(`DELETE FROM ${table} WHERE board_id = $1`, [boardId]);
      await store.database.query("DELETE FROM boards WHERE id = $1", [boardId]);
    } else throw new Error("a store this test cannot reach into");
  } finally {
    await store.close();
  }
}

/** A closed round keeps its record, not the responses it was made of. */
export async function countRows(schema: string, reviewId: string): Promise<{ rounds: number; responses: number }> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    const count = async (table: string, column: string) =>
      Number(
        (
          await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.${table} WHERE ${column} = $1`, [
            reviewId,
          ])
        ).rows[0]?.n,
      );
    return { rounds: await count("review_rounds", "id"), responses: await count("review_responses", "review_id") };
  } finally {
    await client.end();
  }
}
