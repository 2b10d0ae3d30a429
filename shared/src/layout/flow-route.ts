import type { Rect } from "./map-geometry";

export interface Point {
  x: number;
  y: number;
}

export type Side = "top" | "right" | "bottom" | "left";

/**
 * Which sides of two steps a flow leaves and enters by: mostly-horizontal flows run right to
 * left edge so a process reads left to right; a handover straight down to the next lane uses
 * the bottom and top.
 */
export function flowSides(source: Rect, target: Rect): { source: Side; target: Side } {
  const dx = target.x + target.width / 2 - (source.x + source.width / 2);
  const dy = target.y + target.height / 2 - (source.y + source.height / 2);
  const horizontalGap = Math.abs(dx) - (source.width + target.width) / 2;
  if (horizontalGap > 16 || Math.abs(dx) >= Math.abs(dy)) {
    return dx >= 0 ? { source: "right", target: "left" } : { source: "left", target: "right" };
  }
  return dy >= 0 ? { source: "bottom", target: "top" } : { source: "top", target: "bottom" };
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
