import { describe, expect, it } from "vitest";
import { ACCESS_ROLES } from "@brownpaper/shared";
import { surveyToken, verifySurveyToken } from "./survey-token";
import { shareToken, verifyToken } from "./tokens";

const secret = Buffer.from("a-test-secret-that-is-long-enough-for-hmac");
const round = { boardId: "b_board1", agreementId: "agr_1", reviewId: "r_round1" };

describe("survey tokens", () => {
  it("open the survey of their own round, and are the same each time they are made", () => {
    const token = surveyToken(secret, round);
    expect(token).toMatch(/^v1\.s\./);
    expect(surveyToken(secret, round)).toBe(token);
    expect(verifySurveyToken(secret, round, token)).toBe(true);
  });

  it.each([
    ["another board", { ...round, boardId: "b_board2" }],
    ["another agreement", { ...round, agreementId: "agr_2" }],
    ["another round", { ...round, reviewId: "r_round2" }],
  ])("do not open the survey of %s", (_, other) => {
    expect(verifySurveyToken(secret, other, surveyToken(secret, round))).toBe(false);
  });

  it("cannot be made for another round by moving characters between the ids", () => {
    const shifted = { boardId: "b_board1:agr", agreementId: "_1", reviewId: "r_round1" };
    expect(verifySurveyToken(secret, shifted, surveyToken(secret, round))).toBe(false);
  });

  it("are refused when signed with another secret or changed anywhere in the signature", () => {
    expect(verifySurveyToken(secret, round, surveyToken(Buffer.from("another-secret-long-enough-too"), round))).toBe(
      false,
    );
    const token = surveyToken(secret, round);
    const start = token.lastIndexOf(".") + 1;
    for (let i = start; i < token.length; i++) {
      const swapped = token[i] === "A" ? "B" : "A";
      expect(verifySurveyToken(secret, round, token.slice(0, i) + swapped + token.slice(i + 1))).toBe(false);
    }
  });

  it("open no board: a board link check refuses them", () => {
    expect(verifyToken(secret, round.boardId, surveyToken(secret, round))).toBeNull();
  });

  it.each(ACCESS_ROLES)("a %s board link is not a survey token", (role) => {
    expect(verifySurveyToken(secret, round, shareToken(secret, round.boardId, role))).toBe(false);
  });

  it.each([null, undefined, 42, "", "v1.s.short.sig", `v1.s.${"A".repeat(22)}.${"A".repeat(43)}x`, "x".repeat(500)])(
    "refuse %j",
    (token) => {
      expect(verifySurveyToken(secret, round, token)).toBe(false);
    },
  );
});
