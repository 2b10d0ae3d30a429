import { describe, expect, it } from "vitest";
import { describeProblem } from "./connection-problem";

describe("what a connection problem offers", () => {
  it("offers to carry on from the saved board when the board is full, since retrying resends the refused change", () => {
    expect(describeProblem({ kind: "closed", code: 4413, reason: "board is full" })).toMatchObject({
      title: "This board is full",
      action: "discard-local",
    });
  });

  it("offers a retry for other closes, and the way home for a dead link", () => {
    expect(describeProblem({ kind: "closed", code: 4426, reason: "" }).action).toBe("retry");
    expect(describeProblem({ kind: "link-invalid" }).action).toBe("home");
  });
});
