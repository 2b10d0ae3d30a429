import { describe, expect, it } from "vitest";
import { failureOf, parseOpenedRound, parseRoundView, roundPath } from "./review-api";

describe("review-round answers", () => {
  it("reads a round, leaving out measures without an id and filling missing text", () => {
    expect(
      parseRoundView({
        status: "open",
        provider: "IT",
        customer: "Sales",
        expectation: "Laptops on day one",
        measures: [{ id: "m1", name: "Ready", dimension: "speed", target: "day one" }, { name: "no id" }, null],
        responses: 3,
      }),
    ).toEqual({
      status: "open",
      provider: "IT",
      customer: "Sales",
      expectation: "Laptops on day one",
      measures: [{ id: "m1", name: "Ready", dimension: "speed", target: "day one" }],
      responses: 3,
    });
    expect(parseRoundView({ status: "closed", measures: [] })).toMatchObject({ provider: "", responses: 0 });
    expect(parseRoundView({ status: "pending", measures: [] })).toBeNull();
    expect(parseRoundView("<html>")).toBeNull();
  });

  it("reads an opened round only when it has its id, token and link", () => {
    expect(parseOpenedRound({ reviewId: "r1", surveyToken: "t", surveyUrl: "http://x/s/b/a/r1#token=t" })).toEqual({
      reviewId: "r1",
      surveyToken: "t",
      surveyUrl: "http://x/s/b/a/r1#token=t",
    });
    expect(parseOpenedRound({ reviewId: "r1" })).toBeNull();
  });

  it("names what a refusal means, keeping the server's message", () => {
    expect(failureOf(401, { error: "That link does not open this round." }, true)).toMatchObject({
      kind: "unauthorized",
      message: "That link does not open this round.",
    });
    expect(failureOf(403, null, true).kind).toBe("unauthorized");
    expect(failureOf(404, null, true).kind).toBe("gone");
    expect(failureOf(410, { error: "The agreement was removed." }, true)).toMatchObject({ kind: "gone" });
    expect(failureOf(409, null, true).kind).toBe("closed");
    expect(failureOf(409, { reviewId: "r1" }, false)).toMatchObject({ kind: "conflict", body: { reviewId: "r1" } });
    expect(failureOf(400, { error: "scores.m3: must be 0–100" }, true)).toMatchObject({
      kind: "invalid",
      message: "scores.m3: must be 0–100",
    });
    expect(failureOf(413, null, true).kind).toBe("invalid");
    expect(failureOf(429, null, true).kind).toBe("busy");
    expect(failureOf(503, null, true).kind).toBe("server");
  });

  it("escapes the ids in the route", () => {
    expect(roundPath("b_1", "a/1", "r 1")).toBe("/api/boards/b_1/agreements/a%2F1/reviews/r%201");
  });
});
