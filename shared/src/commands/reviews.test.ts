import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { boardMaps, getEntity } from "../doc/layout";
import { readBoard } from "../doc/read-board";
import { createBoardDoc } from "../interchange/import-board";
import { exportBoard, exportBoardJson } from "../interchange/export-board";
import { parseBoardFile } from "../interchange/parse-board-file";
import { aggregateReview } from "../schema/review";
import { addLane } from "./lanes";
import { addAgreement } from "./agreements";
import { signAgreement } from "./agreement-signoff";
import { addDays, closeReviewRound, setReviewInterval } from "./reviews";

function reviewedBoard() {
  const doc = createBoardDoc();
  const it = addLane(doc, { name: "IT", kind: "support" });
  const ops = addLane(doc, { name: "Operations" });
  const agreement = addAgreement(doc, {
    providerLaneId: it,
    customerLaneId: ops,
    flowIds: [],
    measures: [
      { id: "fast", name: "Laptop on day one", dimension: "speed", target: "", weight: 60, score: 40 },
      { id: "kind", name: "Friendly", dimension: "courtesy", target: "", weight: 40, score: 90 },
    ],
  });
  return { doc, agreement };
}

const round = (id: string, closedAt: string, responses: Parameters<typeof aggregateReview>[0]["responses"]) =>
  aggregateReview({ id, openedAt: "2026-11-30T08:00:00.000Z", closedAt, responses });

describe("closing a review round", () => {
  it("keeps the round, gives rated measures the round's mean, leaves unrated ones, and sets the next review", () => {
    const { doc, agreement } = reviewedBoard();
    closeReviewRound(doc, agreement, round("r1", "2026-12-03T10:00:00.000Z", [{ scores: { fast: 75 }, focus: 50 }]));
    const read = readBoard(doc).agreements[0]!;
    expect(read.measures.map((measure) => [measure.id, measure.score])).toEqual([
      ["fast", 75],
      ["kind", 90],
    ]);
    expect(read.reviews.map((review) => [review.id, review.responses, review.focus])).toEqual([["r1", 1, 50]]);
    expect(read.reviewBy).toBe("2027-03-03");
  });

  it("counts a round once, follows the agreement's own interval, and leaves the sign-off standing", () => {
    const { doc, agreement } = reviewedBoard();
    signAgreement(doc, agreement, "provider", "Ines");
    signAgreement(doc, agreement, "customer", "Otto");
    setReviewInterval(doc, agreement, 30);
    const first = round("r1", "2026-12-03T10:00:00.000Z", [{ scores: { kind: 50 } }]);
    closeReviewRound(doc, agreement, first);
    closeReviewRound(doc, agreement, first);
    const read = readBoard(doc).agreements[0]!;
    expect(read.reviews).toHaveLength(1);
    expect(read.reviewBy).toBe("2027-01-02");
    expect(read.status).toBe("agreed");
    expect(() => setReviewInterval(doc, agreement, 0)).toThrow(/1 to 3650/);
    expect(() => closeReviewRound(doc, "gone", first)).toThrow(/no service agreement "gone"/);
  });

  it("scores a measure stored before measures had ids under the id it reads as, and stores that id", () => {
    const { doc, agreement } = reviewedBoard();
    const measures = getEntity(boardMaps(doc).agreements, agreement)!.get("measures") as Y.Array<Y.Map<unknown>>;
    doc.transact(() => measures.get(0).delete("id"));
    const oldId = readBoard(doc).agreements[0]!.measures[0]!.id;
    expect(oldId).toMatch(/^m-\d+-\d+$/);
    closeReviewRound(doc, agreement, round("r1", "2026-12-03T10:00:00.000Z", [{ scores: { [oldId]: 100 } }]));
    expect(readBoard(doc).agreements[0]!.measures[0]).toMatchObject({ id: oldId, score: 100 });
    expect(measures.get(0).get("id")).toBe(oldId);
  });

  it("shows a round once even when two servers each pushed it", () => {
    const { doc, agreement } = reviewedBoard();
    const record = round("r1", "2026-12-03T10:00:00.000Z", [{ scores: { fast: 60 } }]);
    const reviews = getEntity(boardMaps(doc).agreements, agreement)!.get("reviews") as Y.Array<unknown>;
    doc.transact(() => reviews.push([record, record]));
    expect(readBoard(doc).agreements[0]!.reviews).toHaveLength(1);
  });

  it("adds days across month and year ends in UTC", () => {
    expect(addDays("2026-12-31T23:30:00.000Z", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28T00:00:00.000Z", 1)).toBe("2028-02-29");
  });
});

describe("the board file with reviews, signatures and measure ids", () => {
  it("exports, imports and exports again identically", () => {
    const { doc, agreement } = reviewedBoard();
    signAgreement(doc, agreement, "provider", "Ines", "2026-12-01T00:00:00.000Z");
    closeReviewRound(
      doc,
      agreement,
      round("r1", "2026-12-03T10:00:00.000Z", [{ scores: { fast: 75 }, comment: "Better than last quarter" }]),
    );
    const text = exportBoardJson(doc);
    const parsed = parseBoardFile(JSON.parse(text));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(exportBoardJson(createBoardDoc(parsed.board))).toBe(text);
    expect(exportBoard(doc).agreements[0]).toMatchObject({
      signedByProvider: { name: "Ines" },
      reviews: [{ id: "r1", comments: ["Better than last quarter"] }],
    });
  });

  it("imports a version-1 file whose measures have no ids, and gives each one a stable id", () => {
    const { doc } = reviewedBoard();
    const file = JSON.parse(exportBoardJson(doc));
    for (const agreement of file.agreements) {
      delete agreement.reviewIntervalDays;
      delete agreement.reviews;
      for (const measure of agreement.measures) delete measure.id;
    }
    const parsed = parseBoardFile(file);
    if (!parsed.ok) throw new Error(parsed.error);
    const imported = createBoardDoc(parsed.board);
    const ids = readBoard(imported).agreements[0]!.measures.map((measure) => measure.id);
    expect(new Set(ids).size).toBe(2);
    expect(readBoard(imported).agreements[0]!.measures.map((measure) => measure.id)).toEqual(ids);
    expect(readBoard(imported).agreements[0]).toMatchObject({ reviewIntervalDays: 90, reviews: [] });
  });
});
