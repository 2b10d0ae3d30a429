import { describe, expect, it } from "vitest";
import { handleSides } from "./handle-sides";

const box = (x: number, y: number) => ({ x, y, width: 168, height: 72 });

describe("which sides a flow leaves and enters by", () => {
  it("runs right to left when the next step is further along, in any lane", () => {
    expect(handleSides(box(200, 40), box(500, 40))).toEqual({ source: "right", target: "left" });
    expect(handleSides(box(200, 40), box(500, 400))).toEqual({ source: "right", target: "left" });
  });

  it("runs bottom to top for a handover down to a step that is not further along", () => {
    expect(handleSides(box(200, 40), box(230, 220))).toEqual({ source: "bottom", target: "top" });
    expect(handleSides(box(480, 40), box(240, 260))).toEqual({ source: "bottom", target: "top" });
  });

  it("runs top to bottom for a handover up to a step that is not further along", () => {
    expect(handleSides(box(200, 220), box(190, 40))).toEqual({ source: "top", target: "bottom" });
  });

  it("loops underneath for a flow back to an earlier step in the same row", () => {
    expect(handleSides(box(600, 40), box(200, 60))).toEqual({ source: "bottom", target: "bottom" });
  });
});
