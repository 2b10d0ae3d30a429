import type { StepKind } from "../schema/step";

export interface Size {
  width: number;
  height: number;
}

export interface Rect extends Size {
  x: number;
  y: number;
}

/**
 * Every step kind is drawn at a fixed size, so where things sit on the map follows from the
 * doc alone: the canvas, the SVG/PNG export and the BPMN layout all use these numbers.
 */
export const STEP_SIZE: Readonly<Record<StepKind, Size>> = {
  task: { width: 168, height: 72 },
  wait: { width: 160, height: 72 },
  decision: { width: 112, height: 112 },
  start: { width: 88, height: 88 },
  end: { width: 88, height: 88 },
};

/** The column at the left of every band that holds the lane's name and controls. */
export const LANE_HEADER_WIDTH = 168;
/** Steps never start under the header column. */
export const STEP_MIN_X = LANE_HEADER_WIDTH + 24;

/** Where one lane sits on the map. Bands are stacked without gaps, by lane order. */
export interface LaneBand {
  laneId: string;
  top: number;
  height: number;
}

export function laneBands(lanes: ReadonlyArray<{ id: string; height: number }>): LaneBand[] {
  let top = 0;
  return lanes.map((lane) => {
    const band = { laneId: lane.id, top, height: lane.height };
    top += lane.height;
    return band;
  });
}

/** A step's box on the map: its x, and its lane's top plus its offset in the lane. */
export function stepRect(step: { kind: StepKind; x: number; y: number }, laneTop: number): Rect {
  const size = STEP_SIZE[step.kind];
  return { x: step.x, y: laneTop + step.y, width: size.width, height: size.height };
}
