import { describe, expect, it } from "vitest";
import { badgePosition, type EdgeGeometry } from "./badge-position";

const rightward: EdgeGeometry = {
  sourceX: 300,
  sourceY: 80,
  targetX: 500,
  targetY: 250,
  sourceSide: "right",
  labelX: 400,
  labelY: 165,
};

describe("where a handover badge sits", () => {
  it("is on the customer lane's border, where a sideways flow runs down into it", () => {
    expect(badgePosition(rightward, 160)).toEqual({ x: 400, y: 160 });
  });

  it("is on the border where a flow leaving by the bottom enters the lane below", () => {
    const downward: EdgeGeometry = {
      sourceX: 200,
      sourceY: 120,
      targetX: 260,
      targetY: 380,
      sourceSide: "bottom",
      labelX: 230,
      labelY: 250,
    };
    expect(badgePosition(downward, 330)).toEqual({ x: 260, y: 330 });
    expect(badgePosition(downward, 160)).toEqual({ x: 200, y: 160 });
  });

  it("is on the border for flows going up to an earlier lane", () => {
    const upward = { ...rightward, sourceY: 400, targetY: 60, labelY: 230 };
    expect(badgePosition(upward, 150)).toEqual({ x: 400, y: 150 });
  });

  it("falls back to the middle of the path when the border is not between the steps", () => {
    expect(badgePosition(rightward, 20)).toEqual({ x: 400, y: 165 });
    expect(badgePosition(rightward, null)).toEqual({ x: 400, y: 165 });
  });
});
