import { describe, expect, it } from "vitest";
import type { ServiceAgreement } from "../schema/agreement";
import type { ReviewRecord } from "../schema/review";
import { agreementReviewSummary, providerFocus, ragOf, reviewDueOf, roundScore, todayIso } from "./agreement-reviews";

const review = (id: string, measureScores: Record<string, number>, focus: number | null = null): ReviewRecord => ({
  id,
  openedAt: "2026-01-01T00:00:00.000Z",
  closedAt: `2026-0${id.slice(1)}-01T00:00:00.000Z`,
  responses: 2,
  measureScores,
  focus,
  comments: [],
});

function agreement(reviews: ReviewRecord[], fields: Partial<ServiceAgreement> = {}): ServiceAgreement {
  return {
    id: "a",
    providerLaneId: "it",
    customerLaneId: "ops",
    flowIds: [],
    status: "draft",
    expectation: "",
    customerObligations: "",
    reviewBy: "",
    reviewIntervalDays: 90,
    measures: [
      { id: "fast", name: "Fast", dimension: "speed", target: "", weight: 50, score: 10 },
      { id: "kind", name: "Kind", dimension: "courtesy", target: "", weight: 50 },
    ],
    reviews,
    ...fields,
  };
}

describe("red, amber, green", () => {
  it("turns at 50 and 75 exactly", () => {
    expect([49.99, 50, 74.99, 75, 100, 0].map(ragOf)).toEqual(["red", "amber", "amber", "green", "green", "red"]);
    expect(ragOf(null)).toBeNull();
  });
});

describe("review due", () => {
  it("is overdue from the day after the review date, soon within 14 days, ok beyond", () => {
    expect(reviewDueOf("2026-12-02", "2026-12-03")).toBe("overdue");
    expect(reviewDueOf("2026-12-03", "2026-12-03")).toBe("soon");
    expect(reviewDueOf("2026-12-17", "2026-12-03")).toBe("soon");
    expect(reviewDueOf("2026-12-18", "2026-12-03")).toBe("ok");
    expect(reviewDueOf("", "2026-12-03")).toBeNull();
    expect(reviewDueOf("someday", "2026-12-03")).toBeNull();
  });

  it("takes today in UTC", () => {
    expect(todayIso(new Date("2026-12-03T23:59:00.000Z"))).toBe("2026-12-03");
  });
});

describe("an agreement's review history", () => {
  it("scores each round from its means under the measure weights; an unrated measure does not count", () => {
    const score = roundScore(agreement([]), review("r1", { fast: 80 }));
    expect(score).toMatchObject({ reviewId: "r1", combined: 80, task: 80, relationship: null, responses: 2 });
  });

  it("gives the trend against the round before, and RAG on the latest round", () => {
    const summary = agreementReviewSummary(
      agreement([review("r1", { fast: 40, kind: 60 }), review("r2", { fast: 70, kind: 90 })]),
      "2026-12-03",
    );
    expect(summary.reviews.map((round) => round.combined)).toEqual([50, 80]);
    expect(summary.trend).toBe(30);
    expect(summary.rag).toBe("green");
  });

  it("has no trend with one round, RAG on the current scores without rounds, and no due date once retired", () => {
    expect(agreementReviewSummary(agreement([review("r1", { fast: 60 })]), "2026-12-03")).toMatchObject({
      trend: null,
      rag: "amber",
    });
    expect(agreementReviewSummary(agreement([]), "2026-12-03").rag).toBe("red");
    const retired = agreement([], { status: "retired", reviewBy: "2020-01-01" });
    expect(agreementReviewSummary(retired, "2026-12-03").reviewDue).toBeNull();
    expect(agreementReviewSummary({ ...retired, status: "draft" }, "2026-12-03").reviewDue).toBe("overdue");
  });
});

describe("a provider lane's focus", () => {
  it("is the mean focus of the latest round of each agreement it provides, skipping rounds without one", () => {
    const board = {
      agreements: [
        agreement([review("r1", {}, 10), review("r2", {}, 60)]),
        { ...agreement([review("r1", {}, 80)]), id: "b" },
        { ...agreement([review("r1", {}, null)]), id: "c" },
        { ...agreement([review("r1", {}, 30)]), id: "d", providerLaneId: "hr" },
      ],
    };
    expect(providerFocus(board)).toEqual([
      { laneId: "it", focus: 70, agreements: 2 },
      { laneId: "hr", focus: 30, agreements: 1 },
    ]);
  });
});
