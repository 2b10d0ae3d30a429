import { describe, expect, it } from "vitest";
import { matchRoute } from "./routes";

describe("routes", () => {
  it("send / to the landing page", () => {
    expect(matchRoute("/")).toEqual({ name: "landing" });
  });

  it("send /b/:id to that board", () => {
    expect(matchRoute("/b/k3j9x0")).toEqual({ name: "board", boardId: "k3j9x0" });
    expect(matchRoute("/b/k3j9x0/")).toEqual({ name: "board", boardId: "k3j9x0" });
  });

  it("treat anything else as not found", () => {
    expect(matchRoute("/b/")).toEqual({ name: "not-found" });
    expect(matchRoute("/boards/x/y")).toEqual({ name: "not-found" });
  });
});
