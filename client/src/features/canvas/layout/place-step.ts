import { bandAtY, clampStepX, clampStepY, type LaneBand } from "./lane-layout";
import type { Size } from "@brownpaper/shared";

export interface StepPlacement {
  laneId: string;
  x: number;
  /** Offset from the lane's top. */
  y: number;
}

/**
 * Where a step whose top-left corner is at canvas (x, y) lands: in the band containing its
 * centre (the nearest band when it is outside all of them), clamped inside that band.
 */
export function placeStep(
  bands: readonly LaneBand[],
  topLeft: { x: number; y: number },
  size: Size,
): StepPlacement | undefined {
  const band = bandAtY(bands, topLeft.y + size.height / 2);
  if (!band) return undefined;
  return {
    laneId: band.laneId,
    x: clampStepX(topLeft.x),
    y: clampStepY(topLeft.y - band.top, band.height, size.height),
  };
}

/** A spot to the right of a lane's steps, so a step added from the toolbar never lands on another. */
export function freeStepX(stepsInLane: ReadonlyArray<{ x: number; width: number }>, gap = 56): number {
  const rightEdge = stepsInLane.reduce((max, step) => Math.max(max, step.x + step.width), 0);
  return clampStepX(rightEdge === 0 ? 0 : rightEdge + gap);
}
