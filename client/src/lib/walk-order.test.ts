import { describe, expect, it } from "vitest";
import { flowOrder, type Flow, type Step } from "@brownpaper/shared";
import { walkNeighbour, walkPosition, walkStart } from "./walk-order";

const step = (id: string, kind: Step["kind"] = "task"): Step => ({ id, laneId: "l", label: id, kind, x: 0, y: 0 });
const flow = (from: string, to: string): Flow => ({ id: `${from}-${to}`, from, to, label: "" });

// a (start) → b (decision) → c → e (join); b → d → e; e → b loops back.
const board = {
  steps: [step("e"), step("c"), step("d"), step("b", "decision"), step("a", "start")],
  flows: [flow("a", "b"), flow("b", "c"), flow("b", "d"), flow("c", "e"), flow("d", "e"), flow("e", "b")],
};
const order = flowOrder(board);

describe("walk order", () => {
  it("starts at the start step even when it is not first on the board", () => {
    expect(walkStart(order, board.steps)).toBe("a");
  });

  it("starts at the step the facilitator picked", () => {
    expect(walkStart(order, board.steps, "c")).toBe("c");
  });

  it("starts at the first step of a board without a start step, and nowhere on an empty board", () => {
    expect(walkStart(["x", "y"], [step("x"), step("y")])).toBe("x");
    expect(walkStart([], [])).toBeNull();
  });

  it("walks every step once, branch after branch, the join last, ignoring the loop back", () => {
    const walked: string[] = [];
    for (let at: string | null = walkStart(order, board.steps); at !== null; at = walkNeighbour(order, at, "next"))
      walked.push(at);
    expect(walked).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("goes back the same way and stops at either end", () => {
    expect(walkNeighbour(order, "d", "previous")).toBe("c");
    expect(walkNeighbour(order, "a", "previous")).toBeNull();
    expect(walkNeighbour(order, "e", "next")).toBeNull();
  });

  it("restarts at the first step when the current one was deleted", () => {
    expect(walkNeighbour(order, "gone", "next")).toBe("a");
    expect(walkNeighbour(order, "gone", "previous")).toBeNull();
  });

  it("says where in the walk a step is", () => {
    expect(walkPosition(order, "c")).toEqual({ index: 3, total: 5 });
  });
});
