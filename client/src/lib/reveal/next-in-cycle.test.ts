import { describe, expect, it } from "vitest";
import { nextInCycle } from "./next-in-cycle";

describe("walking through the things one link stands for", () => {
  it("starts at the first when none of them is selected", () => {
    expect(nextInCycle(["a", "b", "c"], null)).toBe("a");
    expect(nextInCycle(["a", "b", "c"], "elsewhere")).toBe("a");
  });

  it("moves on from the selected one and wraps round after the last", () => {
    expect(nextInCycle(["a", "b", "c"], "a")).toBe("b");
    expect(nextInCycle(["a", "b", "c"], "c")).toBe("a");
    expect(nextInCycle(["a"], "a")).toBe("a");
  });

  it("has nothing to show for no ids", () => {
    expect(nextInCycle([], null)).toBeNull();
  });
});
