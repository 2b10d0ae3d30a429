import type { Rect } from "./map-geometry";

export interface Point {
  x: number;
  y: number;
}

export type Side = "top" | "right" | "bottom" | "left";

/** Horizontal room needed between two steps before a flow runs side to side. */
const MIN_FORWARD_GAP = 24;
/** How far below two steps a flow back to an earlier step in the same row loops. */
const LOOP_DROP = 28;

/**
 * Which side of each step a flow leaves and enters by, so a map reads left to right:
 * - a flow to a step further along runs from the right side to the left side;
 * - otherwise a flow to another row (a handover up or down, or back to an earlier step in
 *   another lane) runs bottom to top or top to bottom;
 * - a flow back to an earlier step in the same row loops underneath, bottom to bottom.
 */
export function flowSides(source: Rect, target: Rect): { source: Side; target: Side } {
  const forwardGap = target.x - (source.x + source.width);
  if (forwardGap > MIN_FORWARD_GAP) return { source: "right", target: "left" };
  const dy = target.y + target.height / 2 - (source.y + source.height / 2);
  const sameRow = Math.abs(dy) < (source.height + target.height) / 2;
  if (sameRow) return { source: "bottom", target: "bottom" };
  return dy > 0 ? { source: "bottom", target: "top" } : { source: "top", target: "bottom" };
}

function anchor(rect: Rect, side: Side): Point {
  switch (side) {
    case "top":
      return { x: rect.x + rect.width / 2, y: rect.y };
    case "bottom":
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height };
    case "left":
      return { x: rect.x, y: rect.y + rect.height / 2 };
    case "right":
      return { x: rect.x + rect.width, y: rect.y + rect.height / 2 };
  }
}

/** An orthogonal route between two steps: a straight line, or one bend in the middle. */
export function flowRoute(source: Rect, target: Rect): Point[] {
  const sides = flowSides(source, target);
  const start = anchor(source, sides.source);
  const end = anchor(target, sides.target);
  if (sides.source === "bottom" && sides.target === "bottom") {
    const below = Math.max(start.y, end.y) + LOOP_DROP;
    return [start, { x: start.x, y: below }, { x: end.x, y: below }, end];
  }
  const horizontal = sides.source === "left" || sides.source === "right";
  if (horizontal ? start.y === end.y : start.x === end.x) return [start, end];
  if (horizontal) {
    const midX = (start.x + end.x) / 2;
    return [start, { x: midX, y: start.y }, { x: midX, y: end.y }, end];
  }
  const midY = (start.y + end.y) / 2;
  return [start, { x: start.x, y: midY }, { x: end.x, y: midY }, end];
}

/** The point halfway along a route, where a label or badge sits. */
export function routeMidpoint(points: readonly Point[]): Point {
  let length = 0;
  for (let i = 1; i < points.length; i++) length += distance(points[i - 1]!, points[i]!);
  let remaining = length / 2;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const segment = distance(a, b);
    if (remaining <= segment && segment > 0) {
      const t = remaining / segment;
      return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
    }
    remaining -= segment;
  }
  return points[0] ?? { x: 0, y: 0 };
}

const distance = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);
