import type { Node } from "@xyflow/react";
import type { LaneKind } from "@brownpaper/shared";

const LANE_FILL: Readonly<Record<LaneKind, string>> = {
  core: "#efe2c8",
  support: "#dde6d3",
  customer: "#e0e3ef",
  external: "#ece0e4",
};

/** Lanes as their tint, steps as ink, so the minimap reads like the board. */
export function minimapColour(node: Node): string {
  if (node.type === "lane") return LANE_FILL[(node.data as { kind: LaneKind }).kind] ?? "#efe2c8";
  return "#6b5443";
}
