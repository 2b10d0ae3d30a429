export type Side = "top" | "right" | "bottom" | "left";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Horizontal room needed between two steps before a flow runs side to side. */
const MIN_FORWARD_GAP = 24;

/**
 * Which side of each step a flow leaves and enters by, so a map reads left to right:
 * - a flow to a step further along runs from the right side to the left side;
 * - otherwise a flow to another row (a handover up or down, or back to an earlier step in
 *   another lane) runs bottom to top or top to bottom;
 * - a flow back to an earlier step in the same row loops underneath, bottom to bottom.
 */
export function handleSides(source: Box, target: Box): { source: Side; target: Side } {
  const forwardGap = target.x - (source.x + source.width);
  if (forwardGap > MIN_FORWARD_GAP) return { source: "right", target: "left" };
  const dy = target.y + target.height / 2 - (source.y + source.height / 2);
  const sameRow = Math.abs(dy) < (source.height + target.height) / 2;
  if (sameRow) return { source: "bottom", target: "bottom" };
  return dy > 0 ? { source: "bottom", target: "top" } : { source: "top", target: "bottom" };
}
