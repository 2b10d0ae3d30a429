import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import {
  deleteAgreement,
  facilitationRoom,
  MAX_RESPONSES_PER_ROUND,
  readFacilitation,
  setLocked,
  type ReviewRecord,
} from "@brownpaper/shared";
import { shareToken } from "../src/auth/tokens";
import { surveyToken } from "../src/auth/survey-token";
import { PostgresStore } from "../src/storage/postgres-store";
import { SqliteStore } from "../src/storage/sqlite-store";
import { purchaseToPayFile } from "./board-file-fixture";
import { startInstances, uniqueSchema } from "./instances";
import { dropSchema, TEST_DATABASE_URL } from "./postgres";
import { SyncClients, upgradeOutcome } from "./sync-clients";
import { SCALE_OUT, TEST_SECRET, TestServer, type CreatedBoard } from "./test-server";
import { waitFor } from "./wait";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

const reviewsPath = (boardId: string, agreementId = "ag-1") =>
  `/api/boards/${boardId}/agreements/${agreementId}/reviews`;

interface Opened {
  reviewId: string;
  surveyToken: string;
  surveyUrl: string;
}

function call(
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

const post = (server: TestServer, path: string, token: string | undefined, body?: unknown, address?: string) =>
  call(server, path, token, { method: "POST", body, ...(address === undefined ? {} : { address }) });

async function openRound(server: TestServer, board: CreatedBoard, agreementId = "ag-1"): Promise<Opened> {
  const response = await post(server, reviewsPath(board.id, agreementId), board.facilitatorToken, {});
  if (response.status !== 201) throw new Error(`open answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Opened;
}

const roundPath = (board: CreatedBoard, round: Opened) => `${reviewsPath(board.id)}/${round.reviewId}`;

async function expectRefusal(response: Response, status: number, message?: RegExp): Promise<void> {
  const body = (await response.json()) as { error?: unknown };
  expect({ status: response.status, error: body.error }).toMatchObject({ status });
  expect(typeof body.error).toBe("string");
  if (message) expect(body.error).toMatch(message);
}

/** Removes a board from the server's store behind its back, as deleting it would. */
async function deleteBoardFromStore(server: TestServer, boardId: string): Promise<void> {
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

describe(`review rounds over HTTP (${SCALE_OUT ? "PostgreSQL + Redis" : "SQLite"})`, () => {
  it("opens a round, shows the survey only the agreement, keeps responses off the board, and closing writes the means into it for everyone connected", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard(purchaseToPayFile());
    const watcher = await clients.connectSynced(server, board.id, board.viewToken);

    const opened = await post(server, reviewsPath(board.id), board.editToken);
    expect(opened.status).toBe(201);
    const round = (await opened.json()) as Opened;
    expect(round.reviewId).toMatch(/^r_[0-9a-z]{12}$/);
    expect(round.surveyToken).toMatch(/^v1\.s\./);
    expect(round.surveyUrl).toBe(`${server.url}/s/${board.id}/ag-1/${round.reviewId}#token=${round.surveyToken}`);

    const survey = await call(server, roundPath(board, round), round.surveyToken);
    expect(survey.status).toBe(200);
    const text = await survey.text();
    expect(JSON.parse(text)).toEqual({
      status: "open",
      provider: "Purchasing",
      customer: "Accounts payable",
      expectation: "Every approved order carries its PO number",
      measures: [
        { id: "ag-1-po", name: "PO on invoice", dimension: "accuracy", target: "99%" },
        { id: "ag-1-answers", name: "Answers questions", dimension: "responsiveness", target: "within a day" },
      ],
      responses: 0,
    });
    // Nothing else of the board: no other lane, step, note or the obligations.
    for (const other of ["Requester", "Place order", "Invoices wait", "Flag missing", "Purchase to pay"])
      expect(text).not.toContain(other);

    const answers = [
      { scores: { "ag-1-po": 100, "ag-1-answers": 50 }, focus: 75, comment: "  Much better since March  " },
      { scores: { "ag-1-po": 50 }, focus: 25 },
      { scores: {}, comment: "<b>plain</b> text" },
    ];
    for (const [index, answer] of answers.entries()) {
      const response = await post(server, `${roundPath(board, round)}/responses`, round.surveyToken, answer);
      expect(response.status).toBe(201);
      expect(await response.json()).toEqual({ responses: index + 1 });
    }
    const count = await call(server, roundPath(board, round), board.editToken);
    expect(((await count.json()) as { responses: number }).responses).toBe(3);
    // Open rounds stay off the shared doc.
    const exported = await (await server.get(`/api/boards/${board.id}/export.json`, board.viewToken)).text();
    expect(exported).not.toContain("Much better");
    expect(watcher.board().agreements[0]?.reviews).toEqual([]);

    const closing = await post(server, `${roundPath(board, round)}/close`, board.facilitatorToken, {});
    expect(closing.status).toBe(200);
    const record = (await closing.json()) as ReviewRecord;
    expect(record).toMatchObject({
      id: round.reviewId,
      responses: 3,
      measureScores: { "ag-1-po": 75, "ag-1-answers": 50 },
      focus: 50,
      comments: ["Much better since March", "<b>plain</b> text"],
    });
    expect(Date.parse(record.closedAt)).toBeGreaterThanOrEqual(Date.parse(record.openedAt));

    await waitFor("the watcher sees the round's scores", () => watcher.board().agreements[0]?.reviews.length === 1);
    const agreement = watcher.board().agreements[0]!;
    expect(agreement.reviews).toEqual([record]);
    expect(agreement.measures.map((measure) => measure.score)).toEqual([75, 50]);
    const due = new Date(record.closedAt);
    due.setUTCDate(due.getUTCDate() + 90);
    expect(agreement.reviewBy).toBe(due.toISOString().slice(0, 10));

    // Stored like any edit: a restarted server serves the scores from its update log.
    await server.close();
    const restarted = clients.track(await server.restart());
    const file = JSON.parse(
      await (await restarted.get(`/api/boards/${board.id}/export.json`, board.viewToken)).text(),
    ) as { agreements: { reviews: ReviewRecord[] }[] };
    expect(file.agreements[0]?.reviews).toEqual([record]);

    const after = await call(restarted, roundPath(board, round), round.surveyToken);
    expect(((await after.json()) as { status: string }).status).toBe("closed");
    await expectRefusal(
      await post(restarted, `${roundPath(board, round)}/responses`, round.surveyToken, { scores: { "ag-1-po": 0 } }),
      409,
      /closed/,
    );
    const again = await post(restarted, `${roundPath(board, round)}/close`, board.editToken);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(record);
    const reexported = JSON.parse(
      await (await restarted.get(`/api/boards/${board.id}/export.json`, board.viewToken)).text(),
    ) as { agreements: { reviews: ReviewRecord[] }[] };
    expect(reexported.agreements[0]?.reviews).toHaveLength(1);
  });

  it("opens one round per agreement at a time, and only with an edit or facilitator link for an agreement the board has", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard(purchaseToPayFile());
    const other = await server.createBoard(purchaseToPayFile());
    const path = reviewsPath(board.id);

    await expectRefusal(await post(server, path, undefined), 401);
    await expectRefusal(await post(server, path, other.editToken), 401);
    await expectRefusal(await post(server, path, board.viewToken), 403);
    await expectRefusal(await post(server, reviewsPath(board.id, "ag-none"), board.editToken), 404, /ag-none/);
    const missing = "b_0000000000000000";
    await expectRefusal(
      await post(server, reviewsPath(missing), shareToken(TEST_SECRET, missing, "edit")),
      404,
      /no such board/,
    );
    await expectRefusal(await post(server, path, board.editToken, { title: "x" }), 400, /^title: is not a field$/);
    await expectRefusal(await call(server, path, board.editToken), 405);

    const round = await openRound(server, board);
    await expectRefusal(await post(server, path, round.surveyToken), 401);
    const twice = await post(server, path, board.editToken);
    expect(twice.status).toBe(409);
    // The open round's link comes back, so a facilitator who reloaded can hand it out again.
    expect(await twice.json()).toMatchObject({ reviewId: round.reviewId, surveyUrl: round.surveyUrl });

    await post(server, `${roundPath(board, round)}/close`, board.editToken);
    const next = await openRound(server, board);
    expect(next.reviewId).not.toBe(round.reviewId);
  });

  it("a survey token answers its own round's survey and opens nothing else", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard(purchaseToPayFile());
    const other = await server.createBoard(purchaseToPayFile());
    const first = await openRound(server, board);
    await post(server, `${roundPath(board, first)}/close`, board.editToken);
    const second = await openRound(server, board);
    const elsewhere = await openRound(server, other);
    const answer = { scores: { "ag-1-po": 50 } };

    // Another round's token, of this agreement or another board's: 401 on every route of the round.
    for (const token of [first.surveyToken, elsewhere.surveyToken]) {
      await expectRefusal(await call(server, roundPath(board, second), token), 401);
      await expectRefusal(await post(server, `${roundPath(board, second)}/responses`, token, answer), 401);
    }
    // Board links do not answer a survey; a view link does not see the round.
    for (const token of [board.editToken, board.facilitatorToken, board.viewToken, undefined])
      await expectRefusal(await post(server, `${roundPath(board, second)}/responses`, token, answer), 401);
    await expectRefusal(await call(server, roundPath(board, second), board.viewToken), 403);
    // Nor does it run rounds, open the board, its exports or links, or its sync socket.
    await expectRefusal(await post(server, `${roundPath(board, second)}/close`, second.surveyToken), 401);
    await expectRefusal(await post(server, reviewsPath(board.id), second.surveyToken), 401);
    for (const resource of ["export.json", "export.csv", "export.svg", "report.json", "links", "access", "snapshots"])
      expect((await server.get(`/api/boards/${board.id}/${resource}`, second.surveyToken)).status).toBe(401);
    expect(await upgradeOutcome(clients.raw(server, board.id, second.surveyToken))).toBe(401);

    // A forged round id with a real-looking token: 401, and a real link to an unknown round: 404.
    const unknown = `${reviewsPath(board.id)}/r_000000000000`;
    await expectRefusal(await call(server, unknown, second.surveyToken), 401);
    await expectRefusal(await call(server, unknown, board.editToken), 404, /r_000000000000/);
    await expectRefusal(await post(server, `${unknown}/close`, board.editToken), 404);
  });

  it("validates each response and names the first bad field", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard(purchaseToPayFile());
    const round = await openRound(server, board);
    const path = `${roundPath(board, round)}/responses`;
    const refusals: [unknown, RegExp][] = [
      [{ scores: { "ag-1-po": 101 } }, /^scores\.ag-1-po: must be 0–100$/],
      [{ scores: { "ag-1-po": "high" } }, /^scores\.ag-1-po: must be 0–100$/],
      [{ scores: { m3: 50 } }, /^scores\.m3: is not a measure of this agreement$/],
      [{ scores: { "ag-1-po": 50 }, focus: -1 }, /^focus: must be 0–100$/],
      [{ scores: { "ag-1-po": 50 }, comment: 7 }, /^comment: must be text$/],
      [{ scores: { "ag-1-po": 50 }, comment: "x".repeat(2001) }, /^comment: is longer than 2000 characters$/],
      [{ scores: { "ag-1-po": 50 }, board: "x" }, /^board: is not a field$/],
      [{ scores: {} }, /^scores: /],
      [[1, 2], /^body: /],
    ];
    for (const [body, message] of refusals)
      await expectRefusal(await post(server, path, round.surveyToken, body), 400, message);
    await expectRefusal(
      await call(server, path, round.surveyToken, { method: "POST", raw: "{not json" }),
      400,
      /^body: /,
    );
    const count = (await (await call(server, roundPath(board, round), round.surveyToken)).json()) as {
      responses: number;
    };
    expect(count.responses).toBe(0);
  });

  it("limits responses per address and per round", async () => {
    const server = clients.track(await TestServer.start({ trustProxy: true }));
    const board = await server.createBoard(purchaseToPayFile());
    const round = await openRound(server, board);
    const path = `${roundPath(board, round)}/responses`;
    const answer = { scores: { "ag-1-po": 50 } };

    const fromOne = await Promise.all(
      Array.from({ length: 60 }, () => post(server, path, round.surveyToken, answer, "10.9.9.9")),
    );
    expect(fromOne.map((response) => response.status)).toEqual(Array(60).fill(201));
    const limited = await post(server, path, round.surveyToken, answer, "10.9.9.9");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    await expectRefusal(limited, 429, /survey responses in the last minute/);
    // Another address is still heard.
    expect((await post(server, path, round.surveyToken, answer, "10.9.9.10")).status).toBe(201);

    for (let sent = 61; sent < MAX_RESPONSES_PER_ROUND; sent += 20) {
      const batch = Array.from({ length: Math.min(20, MAX_RESPONSES_PER_ROUND - sent) }, (_, i) =>
        post(server, path, round.surveyToken, answer, `10.1.${Math.floor((sent + i) / 200)}.${(sent + i) % 200}`),
      );
      expect((await Promise.all(batch)).every((response) => response.status === 201)).toBe(true);
    }
    await expectRefusal(
      await post(server, path, round.surveyToken, answer, "10.2.0.1"),
      409,
      new RegExp(`${MAX_RESPONSES_PER_ROUND} responses`),
    );
    const closed = (await (
      await post(server, `${roundPath(board, round)}/close`, board.editToken)
    ).json()) as ReviewRecord;
    expect(closed.responses).toBe(MAX_RESPONSES_PER_ROUND);
    // Nobody was connected: the server loaded the board to write the round, stored it, and lets the board go again.
    const file = JSON.parse(
      await (await server.get(`/api/boards/${board.id}/export.json`, board.viewToken)).text(),
    ) as {
      agreements: { reviews: ReviewRecord[]; measures: { score?: number }[] }[];
    };
    expect(file.agreements[0]?.reviews).toEqual([closed]);
    expect(file.agreements[0]?.measures[0]?.score).toBe(50);
    await waitFor("the board is unloaded", () => server.server.loadedBoard(board.id) === undefined);
  });

  it("while the facilitator has locked the board, only the facilitator's link closes a round", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard(purchaseToPayFile());
    const round = await openRound(server, board);
    const facilitation = await clients.connectSynced(server, facilitationRoom(board.id), board.facilitatorToken);
    setLocked(facilitation.doc, true);
    // The server relays the lock only once its facilitation room has it, and so its board's write policy.
    const observer = await clients.connectSynced(server, facilitationRoom(board.id), board.viewToken);
    await waitFor("the lock reaches the server", () => readFacilitation(observer.doc).locked);
    await expectRefusal(await post(server, `${roundPath(board, round)}/close`, board.editToken), 403, /locked/);
    // Refused before anything closed: the survey still takes answers.
    expect(
      (await post(server, `${roundPath(board, round)}/responses`, round.surveyToken, { focus: 80, scores: {} })).status,
    ).toBe(201);
    const closing = await post(server, `${roundPath(board, round)}/close`, board.facilitatorToken);
    expect(closing.status).toBe(200);
    expect(((await closing.json()) as ReviewRecord).focus).toBe(80);
  });

  it("says so when the agreement is removed or the board deleted while a round is open", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard(purchaseToPayFile());
    const round = await openRound(server, board);
    const editor = await clients.connectSynced(server, board.id, board.editToken);
    deleteAgreement(editor.doc, "ag-1");
    await waitFor("the agreement is gone on the server", async () => {
      const response = await call(server, roundPath(board, round), round.surveyToken);
      return response.status === 410;
    });
    await expectRefusal(await call(server, roundPath(board, round), round.surveyToken), 410, /agreement.*removed/);
    await expectRefusal(
      await post(server, `${roundPath(board, round)}/responses`, round.surveyToken, { scores: {}, focus: 50 }),
      410,
      /agreement.*removed/,
    );
    await expectRefusal(await post(server, `${roundPath(board, round)}/close`, board.editToken), 410, /removed/);

    const gone = await server.createBoard(purchaseToPayFile());
    const orphan = await openRound(server, gone);
    await deleteBoardFromStore(server, gone.id);
    await expectRefusal(await call(server, roundPath(gone, orphan), orphan.surveyToken), 410, /board.*deleted/);
    await expectRefusal(
      await post(server, `${roundPath(gone, orphan)}/responses`, orphan.surveyToken, { scores: {}, focus: 50 }),
      410,
      /board.*deleted/,
    );
  });
});

describe.runIf(SCALE_OUT)("review rounds across instances", () => {
  it("counts a response posted on one instance when the round is closed on another, and clients of both see the scores", async () => {
    const schema = uniqueSchema("bp_reviews");
    const [a, b] = await startInstances(2, { schema });
    try {
      const board = await a!.createBoard(purchaseToPayFile());
      const onA = await clients.connectSynced(a!, board.id, board.viewToken);
      const onB = await clients.connectSynced(b!, board.id, board.viewToken);
      const round = await openRound(b!, board);
      expect(round.surveyToken).toBe(
        surveyToken(TEST_SECRET, { boardId: board.id, agreementId: "ag-1", reviewId: round.reviewId }),
      );
      expect(
        (await post(a!, `${roundPath(board, round)}/responses`, round.surveyToken, { scores: { "ag-1-po": 100 } }))
          .status,
      ).toBe(201);
      expect(
        (await post(b!, `${roundPath(board, round)}/responses`, round.surveyToken, { scores: { "ag-1-po": 0 } }))
          .status,
      ).toBe(201);
      const seen = (await (await call(a!, roundPath(board, round), board.editToken)).json()) as { responses: number };
      expect(seen.responses).toBe(2);

      const closing = await post(b!, `${roundPath(board, round)}/close`, board.editToken);
      expect(closing.status).toBe(200);
      expect(((await closing.json()) as ReviewRecord).measureScores).toEqual({ "ag-1-po": 50 });
      for (const client of [onA, onB])
        await waitFor("a client sees the score", () => client.board().agreements[0]?.measures[0]?.score === 50);
      await expectRefusal(
        await post(a!, `${roundPath(board, round)}/responses`, round.surveyToken, { scores: { "ag-1-po": 0 } }),
        409,
      );
      const rows = await countRows(schema, round.reviewId);
      expect(rows).toEqual({ rounds: 1, responses: 0 });
    } finally {
      for (const instance of [a, b]) await instance?.close();
      await dropSchema(schema);
    }
  });
});

/** A closed round keeps its record, not the responses it was made of. */
async function countRows(schema: string, reviewId: string): Promise<{ rounds: number; responses: number }> {
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
