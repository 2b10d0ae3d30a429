import { describe, expect, it } from "vitest";
import { aggregateReview, focusQuestion, MAX_REVIEW_COMMENT, parseReviewResponse, SURVEY_SCALE } from "./review";

const ids = ["m1", "m2", "m3"];

describe("a survey response", () => {
  it("is accepted with scores on known measures, a focus score and a trimmed comment", () => {
    expect(parseReviewResponse({ scores: { m1: 75, m3: 0 }, focus: 100, comment: "  quick  " }, ids)).toEqual({
      ok: true,
      value: { scores: { m1: 75, m3: 0 }, focus: 100, comment: "quick" },
    });
  });

  it("names the first bad field", () => {
    const error = (body: unknown) => {
      const parsed = parseReviewResponse(body, ids);
      return parsed.ok ? null : parsed.error;
    };
    expect(error({ scores: { m3: 101 } })).toBe("scores.m3: must be 0–100");
    expect(error({ scores: { m3: "75" } })).toBe("scores.m3: must be 0–100");
    expect(error({ scores: { nope: 50 } })).toBe("scores.nope: is not a measure of this agreement");
    expect(error({ scores: { m1: 50 }, focus: -1 })).toBe("focus: must be 0–100");
    expect(error({ scores: { m1: 50 }, comment: 3 })).toBe("comment: must be text");
    expect(error({ scores: { m1: 50 }, comment: "x".repeat(MAX_REVIEW_COMMENT + 1) })).toMatch(/^comment: is longer/);
    expect(error({ scores: [] })).toMatch(/^scores: must be an object/);
    expect(error({ scores: {}, extra: 1 })).toBe("extra: is not a field");
    expect(error([])).toBe("body: must be a JSON object");
    expect(error({ scores: {} })).toMatch(/^scores: rate at least one/);
  });

  it("treats a measure id like __proto__ as a plain key", () => {
    const parsed = parseReviewResponse({ scores: JSON.parse('{"__proto__": 50}') }, ["__proto__"]);
    expect(parsed.ok && Object.keys(parsed.value.scores)).toEqual(["__proto__"]);
  });
});

describe("a closed round's aggregates", () => {
  it("are the mean per measure, the mean focus and the comments; an unrated measure is absent", () => {
    const record = aggregateReview({
      id: "r1",
      openedAt: "2026-12-01T09:00:00.000Z",
      closedAt: "2026-12-03T09:00:00.000Z",
      responses: [
        { scores: { m1: 100, m2: 50 }, focus: 25, comment: "Better" },
        { scores: { m1: 50 }, focus: 75 },
        { scores: { m1: 0 } },
      ],
    });
    expect(record).toEqual({
      id: "r1",
      openedAt: "2026-12-01T09:00:00.000Z",
      closedAt: "2026-12-03T09:00:00.000Z",
      responses: 3,
      measureScores: { m1: 50, m2: 50 },
      focus: 50,
      comments: ["Better"],
    });
  });

  it("have no focus when nobody answered it", () => {
    expect(aggregateReview({ id: "r", openedAt: "", closedAt: "", responses: [] })).toMatchObject({
      responses: 0,
      measureScores: {},
      focus: null,
    });
  });
});

describe("the survey's wording", () => {
  it("asks the focus question about the provider by name, on a five-step scale from Never to Always", () => {
    expect(focusQuestion("IT")).toBe("How free did working with IT leave you to focus on your own work?");
    expect(SURVEY_SCALE.map((step) => step.value)).toEqual([0, 25, 50, 75, 100]);
    expect([SURVEY_SCALE[0].label, SURVEY_SCALE[4].label]).toEqual(["Never", "Always"]);
  });
});
