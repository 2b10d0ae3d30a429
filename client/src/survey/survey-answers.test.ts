import { describe, expect, it } from "vitest";
import { isEmpty, NO_ANSWERS, refusedQuestion, responseBody } from "./survey-answers";

describe("survey answers", () => {
  it("posts the rated measures, the focus and the trimmed comment, leaving out Can't say and unanswered", () => {
    const body = responseBody({ scores: { m1: 75, m2: null, m3: undefined, m4: 0 }, focus: 25, comment: "  ok  " });
    expect(body).toEqual({ scores: { m1: 75, m4: 0 }, focus: 25, comment: "ok" });
    expect(responseBody({ scores: { m1: 50 }, focus: null, comment: " " })).toEqual({ scores: { m1: 50 } });
  });

  it("is empty until a step is chosen or a comment written", () => {
    expect(isEmpty(NO_ANSWERS)).toBe(true);
    expect(isEmpty({ scores: { m1: null }, focus: null, comment: "   " })).toBe(true);
    expect(isEmpty({ scores: {}, focus: 0, comment: "" })).toBe(false);
    expect(isEmpty({ scores: {}, focus: undefined, comment: "late again" })).toBe(false);
  });

  it("finds the question a refusal names", () => {
    expect(refusedQuestion("scores.m3: must be 0–100", ["m1", "m3"])).toBe("m3");
    expect(refusedQuestion("scores.zz: is not a measure of this agreement", ["m1"])).toBeNull();
    expect(refusedQuestion("focus: must be 0–100", [])).toBe("focus");
    expect(refusedQuestion("comment: is longer than 2000 characters", [])).toBe("comment");
    expect(refusedQuestion("Too many answers from this address.", ["m1"])).toBeNull();
  });
});
