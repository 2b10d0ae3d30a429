import { describe, expect, it } from "vitest";
import { matchReviewRoute } from "./review-routes";

describe("review routes", () => {
  it.each([
    ["/api/boards/b_1/agreements/ag-1/reviews", { reviewId: undefined, action: undefined }],
    ["/api/boards/b_1/agreements/ag-1/reviews/r_1", { reviewId: "r_1", action: undefined }],
    ["/api/boards/b_1/agreements/ag-1/reviews/r_1/responses", { reviewId: "r_1", action: "responses" }],
    ["/api/boards/b_1/agreements/ag-1/reviews/r_1/close", { reviewId: "r_1", action: "close" }],
  ])("match %s", (path, expected) => {
    expect(matchReviewRoute(path)).toEqual({ boardId: "b_1", agreementId: "ag-1", ...expected });
  });

  it("decode the agreement and round ids, and leave a malformed escape matching nothing real", () => {
    expect(matchReviewRoute("/api/boards/b_1/agreements/ag%201/reviews/r%5F1")).toMatchObject({
      agreementId: "ag 1",
      reviewId: "r_1",
    });
    expect(matchReviewRoute("/api/boards/b_1/agreements/%E0%A4%A/reviews")).toMatchObject({ agreementId: "" });
  });

  it.each([
    "/api/boards/b_1/agreements/ag-1",
    "/api/boards/b_1/agreements/ag-1/reviews/",
    "/api/boards/b_1/agreements/ag-1/reviews/r_1/other",
    "/api/boards/b_1/agreements/ag-1/reviews/r_1/close/again",
  ])("do not match %s", (path) => {
    expect(matchReviewRoute(path)).toBeNull();
  });
});
