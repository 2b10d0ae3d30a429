import { describe, expect, it } from "vitest";
import {
  bandAtY,
  clampStepY,
  laneBands,
  LANE_PADDING,
  mapWidth,
  MIN_MAP_WIDTH,
  minLaneHeight,
  totalHeight,
} from "./lane-layout";
import { STEP_MIN_X } from "@brownpaper/shared";
import { freeStepX, placeStep } from "./place-step";

const lanes = [
  { id: "sales", height: 160 },
  { id: "ops", height: 200 },
  { id: "it", height: 120 },
];

describe("lane bands", () => {
  it("stack lanes without gaps in display order", () => {
    expect(laneBands(lanes)).toEqual([
      { laneId: "sales", top: 0, height: 160 },
      { laneId: "ops", top: 160, height: 200 },
      { laneId: "it", top: 360, height: 120 },
    ]);
    expect(totalHeight(laneBands(lanes))).toBe(480);
  });

  it("use the height being dragged for the lane being resized, pushing the lanes below", () => {
    const bands = laneBands(lanes, { laneId: "sales", height: 300 });
    expect(bands.map((band) => band.top)).toEqual([0, 300, 500]);
  });

  it("have no height when there are no lanes", () => {
    expect(totalHeight(laneBands([]))).toBe(0);
  });
});

describe("which lane contains a y", () => {
  const bands = laneBands(lanes);

  it("is the band whose top is at or above y and whose bottom is below it", () => {
    expect(bandAtY(bands, 0)?.laneId).toBe("sales");
    expect(bandAtY(bands, 159.9)?.laneId).toBe("sales");
    expect(bandAtY(bands, 160)?.laneId).toBe("ops");
    expect(bandAtY(bands, 400)?.laneId).toBe("it");
  });

  it("is the nearest band when y is above or below every band", () => {
    expect(bandAtY(bands, -500)?.laneId).toBe("sales");
    expect(bandAtY(bands, 10_000)?.laneId).toBe("it");
  });

  it("is nothing on a board without lanes", () => {
    expect(bandAtY([], 10)).toBeUndefined();
  });
});

describe("clamping a step into its band", () => {
  it("keeps a step that fits where it is", () => {
    expect(clampStepY(40, 160, 72)).toBe(40);
  });

  it("pulls a step up when it would stick out of the band's bottom", () => {
    expect(clampStepY(150, 160, 72)).toBe(160 - 72 - LANE_PADDING);
  });

  it("pushes a step down when it would stick out of the band's top", () => {
    expect(clampStepY(-30, 160, 72)).toBe(LANE_PADDING);
  });

  it("centres a step in a band too small to hold it with padding", () => {
    expect(clampStepY(0, 80, 88)).toBe(0);
    expect(clampStepY(50, 80, 72)).toBe(4);
  });
});

describe("placing a dropped step", () => {
  const bands = laneBands(lanes);
  const size = { width: 168, height: 72 };

  it("moves it into the lane under its centre, with y relative to that lane", () => {
    expect(placeStep(bands, { x: 400, y: 200 }, size)).toEqual({ laneId: "ops", x: 400, y: 40 });
  });

  it("uses the centre, not the top edge, to pick the lane", () => {
    expect(placeStep(bands, { x: 400, y: 130 }, size)?.laneId).toBe("ops");
    expect(placeStep(bands, { x: 400, y: 80 }, size)?.laneId).toBe("sales");
  });

  it("clamps a step dropped below every lane into the last lane", () => {
    expect(placeStep(bands, { x: 400, y: 900 }, size)).toEqual({ laneId: "it", x: 400, y: 120 - 72 - LANE_PADDING });
  });

  it("keeps steps out of the lane-name column", () => {
    expect(placeStep(bands, { x: -50, y: 20 }, size)?.x).toBe(STEP_MIN_X);
  });

  it("finds nowhere on a board without lanes", () => {
    expect(placeStep([], { x: 0, y: 0 }, size)).toBeUndefined();
  });
});

describe("map width and free spots", () => {
  it("is at least the minimum and always reaches past the rightmost step", () => {
    expect(mapWidth([])).toBe(MIN_MAP_WIDTH);
    expect(mapWidth([{ x: 300 }])).toBe(MIN_MAP_WIDTH);
    expect(mapWidth([{ x: 3000 }, { x: 100 }])).toBe(3400);
  });

  it("puts a new step right of the lane's last step, or at the start of an empty lane", () => {
    expect(freeStepX([])).toBe(STEP_MIN_X);
    expect(
      freeStepX([
        { x: 300, width: 168 },
        { x: 600, width: 112 },
      ]),
    ).toBe(768);
  });

  it("never lets a lane shrink over its steps", () => {
    expect(minLaneHeight([])).toBe(80);
    expect(minLaneHeight([50 + 72, 130 + 88])).toBe(218 + LANE_PADDING);
  });
});
