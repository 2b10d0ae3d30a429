import { describe, expect, it } from "vitest";
import { LANE_HEADER_WIDTH } from "@brownpaper/shared";
import { groupBounds, groupViewport } from "./group-view";
import { TWO_LANE_BOARD } from "./two-lane-board.fixture";

const board = TWO_LANE_BOARD;

describe("the part of the map a group of steps and flows covers", () => {
  it("is a step's own box for a group of one step", () => {
    expect(groupBounds(board, { stepIds: ["s1"], flowIds: [] })).toEqual({ x: 200, y: 40, width: 168, height: 72 });
  });

  it("takes in the steps at both ends of a flow, across lanes", () => {
    // s2's box: x 600–768, y 160 + 40 = 200 to 272.
    expect(groupBounds(board, { stepIds: [], flowIds: ["f"] })).toEqual({ x: 200, y: 40, width: 568, height: 232 });
  });

  it("gives up when every step and flow of the group is gone", () => {
    expect(groupBounds(board, { stepIds: ["gone"], flowIds: ["gone too"] })).toBeNull();
  });
});

describe("the viewport that shows a group", () => {
  const pane = { width: 1000, height: 600 };

  it("centres the group beside the lane header column, without zooming in past the current zoom", () => {
    // Fits at 904 / 736 = 1.23, but stays at the current 100%. Centre: 168 + (1000 − 168) / 2 = 584.
    expect(groupViewport({ x: 200, y: 40, width: 568, height: 232 }, pane, 1)).toEqual({
      x: 584 - 484,
      y: 300 - 156,
      zoom: 1,
    });
  });

  it("zooms a far-out map in to the zoom one step is revealed at", () => {
    expect(groupViewport({ x: 200, y: 40, width: 168, height: 72 }, pane, 0.3).zoom).toBe(0.8);
  });

  it("zooms out until a long path fits whole, clear of the header column", () => {
    const bounds = { x: 200, y: 0, width: 3000, height: 200 };
    const view = groupViewport(bounds, pane, 1);
    expect(view.zoom).toBeCloseTo(904 / 3168, 10);
    const left = view.x + bounds.x * view.zoom;
    const right = view.x + (bounds.x + bounds.width) * view.zoom;
    expect(left).toBeGreaterThanOrEqual(LANE_HEADER_WIDTH * view.zoom);
    expect(right).toBeLessThanOrEqual(pane.width);
  });
});
