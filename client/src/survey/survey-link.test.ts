import { describe, expect, it } from "vitest";
import { parseSurveyLink } from "./survey-link";

describe("parseSurveyLink", () => {
  it("reads the board, agreement and round from the path and the token from the fragment", () => {
    expect(parseSurveyLink("/s/b_123/ag%201/r_9", "#token=abc.def")).toEqual({
      boardId: "b_123",
      agreementId: "ag 1",
      reviewId: "r_9",
      token: "abc.def",
    });
  });

  it("refuses a link cut short: no token, a missing part, or an extra one", () => {
    expect(parseSurveyLink("/s/b_123/ag/r_9", "")).toBeNull();
    expect(parseSurveyLink("/s/b_123/ag/r_9", "#token=")).toBeNull();
    expect(parseSurveyLink("/s/b_123/ag", "#token=abc")).toBeNull();
    expect(parseSurveyLink("/s/b_123/ag/r_9/x", "#token=abc")).toBeNull();
    expect(parseSurveyLink("/b/b_123/ag/r_9", "#token=abc")).toBeNull();
    expect(parseSurveyLink("/s/b_123/%E0%A4%A/r_9", "#token=abc")).toBeNull();
  });
});
