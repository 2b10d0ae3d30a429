import { describe, expect, it } from "vitest";
import type { Board } from "@brownpaper/shared";
import { targetCentre } from "./target-centre";

const board: Pick<Board, "lanes" | "steps" | "flows"> = {
  lanes: [
    { id: "a", name: "A", kind: "core", order: 0, height: 160, orderKey: "a0" },
    { id: "b", name: "B", kind: "support", order: 1, height: 200, orderKey: "a1" },
  ],
  steps: [
    { id: "s1", laneId: "a", label: "One", kind: "task", x: 200, y: 40 },
    { id: "s2", laneId: "b", label: "Two", kind: "task", x: 600, y: 40 },
  ],
  flows: [{ id: "f", from: "s1", to: "s2", label: "" }],
};

describe("where to centre the canvas on a target", () => {
  it("centres on a step's middle, in its lane", () => {
    expect(targetCentre(board, { type: "step", id: "s2" })).toEqual({ x: 600 + 84, y: 160 + 40 + 36 });
  });

  it("centres on the middle between a flow's steps", () => {
    expect(targetCentre(board, { type: "flow", id: "f" })).toEqual({ x: (284 + 684) / 2, y: (76 + 236) / 2 });
  });

  it("centres on a lane's band, and gives up on things that are gone", () => {
    expect(targetCentre(board, { type: "lane", id: "b" })?.y).toBe(160 + 100);
    expect(targetCentre(board, { type: "step", id: "gone" })).toBeNull();
  });
});
