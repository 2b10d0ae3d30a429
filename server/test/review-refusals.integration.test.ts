import { afterEach, describe, expect, it } from "vitest";
import {
  deleteAgreement,
  facilitationRoom,
  MAX_RESPONSES_PER_ROUND,
  readFacilitation,
  setLocked,
  type ReviewRecord,
} from "@brownpaper/shared";
import { purchaseToPayFile } from "./board-file-fixture";
import { SyncClients, upgradeOutcome } from "./sync-clients";
import { SCALE_OUT, TestServer } from "./test-server";
import { waitFor } from "./wait";
import { call, deleteBoardFromStore, expectRefusal, openRound, post, reviewsPath, roundPath } from "./review-calls";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

describe(`review rounds refuse what they should (${SCALE_OUT ? "PostgreSQL + Redis" : "SQLite"})`, () => {
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
