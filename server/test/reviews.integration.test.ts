import { afterEach, describe, expect, it } from "vitest";
import { type ReviewRecord } from "@brownpaper/shared";
import { shareToken } from "../src/auth/tokens";
import { surveyToken } from "../src/auth/survey-token";
import { purchaseToPayFile } from "./board-file-fixture";
import { startInstances, uniqueSchema } from "./instances";
import { dropSchema } from "./postgres";
import { SyncClients } from "./sync-clients";
import { SCALE_OUT, TEST_SECRET, TestServer } from "./test-server";
import { waitFor } from "./wait";
import { call, countRows, expectRefusal, openRound, post, reviewsPath, roundPath, type Opened } from "./review-calls";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

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
