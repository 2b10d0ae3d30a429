import { describe, expect, it } from "vitest";
import { targetCentre } from "./target-centre";
import { TWO_LANE_BOARD } from "./two-lane-board.fixture";

const board = TWO_LANE_BOARD;

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
