export type Side = "top" | "right" | "bottom" | "left";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Which side of each step a flow leaves and enters by. Mostly-horizontal flows run
 * right-to-left edges so a process reads left to right; mostly-vertical ones (a handover
 * straight down to the next lane) use the bottom and top.
 */
export function handleSides(source: Box, target: Box): { source: Side; target: Side } {
  const dx = target.x + target.width / 2 - (source.x + source.width / 2);
  const dy = target.y + target.height / 2 - (source.y + source.height / 2);
  const horizontalGap = Math.abs(dx) - (source.width + target.width) / 2;
  if (horizontalGap > 16 || Math.abs(dx) >= Math.abs(dy)) {
    return dx >= 0 ? { source: "right", target: "left" } : { source: "left", target: "right" };
  }
  return dy >= 0 ? { source: "bottom", target: "top" } : { source: "top", target: "bottom" };
}
