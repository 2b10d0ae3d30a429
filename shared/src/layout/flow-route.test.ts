import { describe, expect, it } from "vitest";
import { flowRoute, flowSides, routeMidpoint } from "./flow-route";

const box = (x: number, y: number) => ({ x, y, width: 168, height: 72 });

describe("which sides a flow leaves and enters by", () => {
  it("runs right to left when the next step is further along, in any lane", () => {
    expect(flowSides(box(200, 40), box(500, 40))).toEqual({ source: "right", target: "left" });
    expect(flowSides(box(200, 40), box(500, 400))).toEqual({ source: "right", target: "left" });
  });

  it("runs bottom to top for a handover down to a step that is not further along", () => {
    expect(flowSides(box(200, 40), box(230, 220))).toEqual({ source: "bottom", target: "top" });
    expect(flowSides(box(480, 40), box(240, 260))).toEqual({ source: "bottom", target: "top" });
  });

  it("runs top to bottom for a handover up to a step that is not further along", () => {
    expect(flowSides(box(200, 220), box(190, 40))).toEqual({ source: "top", target: "bottom" });
  });

  it("loops underneath for a flow back to an earlier step in the same row", () => {
    expect(flowSides(box(600, 40), box(200, 60))).toEqual({ source: "bottom", target: "bottom" });
  });
});

describe("flow routes", () => {
  it("draws a straight line between steps in one row and bends once between rows", () => {
    expect(flowRoute(box(200, 40), box(500, 40))).toEqual([
      { x: 368, y: 76 },
      { x: 500, y: 76 },
    ]);
    expect(flowRoute(box(200, 40), box(500, 240))).toEqual([
      { x: 368, y: 76 },
      { x: 434, y: 76 },
      { x: 434, y: 276 },
      { x: 500, y: 276 },
    ]);
  });

  it("loops a flow back to an earlier step below both steps", () => {
    const route = flowRoute(box(600, 40), box(200, 40));
    expect(route[1]!.y).toBeGreaterThan(112);
    expect(route[0]).toEqual({ x: 684, y: 112 });
    expect(route[3]).toEqual({ x: 284, y: 112 });
  });

  it("finds the halfway point along a bent route", () => {
    expect(
      routeMidpoint([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 10, y: 10 },
      ]),
    ).toEqual({ x: 10, y: 0 });
  });
});
