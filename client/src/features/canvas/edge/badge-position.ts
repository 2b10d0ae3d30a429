import type { Side } from "@brownpaper/shared";

export interface EdgeGeometry {
  sourceX: number;
  sourceY: number;
  targetX: number;
  targetY: number;
  sourceSide: Side;
  /** Where the path's label would go: the middle of a smooth-step path. */
  labelX: number;
  labelY: number;
}

const between = (value: number, a: number, b: number) => value > Math.min(a, b) && value < Math.max(a, b);

/**
 * Where a handover's badge sits: where the flow enters the customer's lane, on the lane
 * border. Flows leaving one step for several lanes then get one badge each, at different
 * borders, instead of a pile in the middle. Falls back to the path's middle when the border
 * is not on the path (steps overlapping in x, say).
 *
 * Smooth-step paths are orthogonal: a path leaving by the right or left runs vertically at
 * `labelX`; one leaving by the top or bottom runs vertically at the source's x down to
 * `labelY`, and at the target's x after it.
 */
export function badgePosition(geometry: EdgeGeometry, borderY: number | null): { x: number; y: number } {
  const { sourceX, sourceY, targetX, targetY, sourceSide, labelX, labelY } = geometry;
  const fallback = { x: labelX, y: labelY };
  if (borderY === null || !between(borderY, sourceY, targetY)) return fallback;
  if (sourceSide === "left" || sourceSide === "right") return { x: labelX, y: borderY };
  return { x: between(borderY, sourceY, labelY) ? sourceX : targetX, y: borderY };
}
