import { MAX_LANE_HEIGHT, MIN_LANE_HEIGHT, STEP_MIN_X } from "@brownpaper/shared";

/** Space kept between a step and its band's edges. */
export const LANE_PADDING = 8;
export const MIN_MAP_WIDTH = 2400;
const MAP_TAIL = 400;

/** Where one lane sits on the canvas. Bands are stacked without gaps, by lane order. */
export interface LaneBand {
  laneId: string;
  top: number;
  height: number;
}

export interface LaneHeightOverride {
  laneId: string;
  height: number;
}

export function laneBands(
  lanes: ReadonlyArray<{ id: string; height: number }>,
  override?: LaneHeightOverride | null,
): LaneBand[] {
  let top = 0;
  return lanes.map((lane) => {
    const height = override?.laneId === lane.id ? override.height : lane.height;
    const band = { laneId: lane.id, top, height };
    top += height;
    return band;
  });
}

export function totalHeight(bands: readonly LaneBand[]): number {
  const last = bands[bands.length - 1];
  return last ? last.top + last.height : 0;
}

/** The band containing canvas `y`, or the nearest one when `y` is above or below all bands. */
export function bandAtY(bands: readonly LaneBand[], y: number): LaneBand | undefined {
  const first = bands[0];
  if (!first || y < first.top) return first;
  return bands.find((band) => y < band.top + band.height) ?? bands[bands.length - 1];
}

/** A step's offset from its band's top, kept so the whole step stays inside the band. */
export function clampStepY(yInLane: number, laneHeight: number, stepHeight: number): number {
  const max = laneHeight - stepHeight - LANE_PADDING;
  if (max <= LANE_PADDING) return Math.max(0, Math.round((laneHeight - stepHeight) / 2));
  return Math.round(Math.min(max, Math.max(LANE_PADDING, yInLane)));
}

export function clampStepX(x: number): number {
  return Math.round(Math.max(STEP_MIN_X, x));
}

/** Bands span the map: at least MIN_MAP_WIDTH, and always past the rightmost step. */
export function mapWidth(steps: ReadonlyArray<{ x: number }>): number {
  const rightmost = steps.reduce((max, step) => Math.max(max, step.x), Number.NEGATIVE_INFINITY);
  return Math.max(MIN_MAP_WIDTH, rightmost + MAP_TAIL);
}

/** The smallest height a lane may be resized to without pushing its steps out of the band. */
export function minLaneHeight(stepBottoms: readonly number[]): number {
  const lowest = stepBottoms.reduce((max, bottom) => Math.max(max, bottom), 0);
  return Math.min(MAX_LANE_HEIGHT, Math.max(MIN_LANE_HEIGHT, Math.ceil(lowest + LANE_PADDING)));
}
