import { describe, expect, it } from "vitest";
import { offlineCopyName } from "./offline-copy";

describe("offlineCopyName", () => {
  it("gives links that can edit one copy per board", () => {
    expect(offlineCopyName("b1", "edit")).toBe(offlineCopyName("b1", "facilitator"));
    expect(offlineCopyName("b1", "edit")).not.toBe(offlineCopyName("b2", "edit"));
  });

  it("keeps a view link's copy apart, so unsent edits never show on it", () => {
    expect(offlineCopyName("b1", "view")).not.toBe(offlineCopyName("b1", "edit"));
  });
});
