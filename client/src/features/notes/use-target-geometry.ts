import { useMemo } from "react";
import { useNodes } from "@xyflow/react";
import { flowRoute, routeMidpoint, type Board, type Rect } from "@brownpaper/shared";
import type { TargetGeometry } from "./sticky-placement";

const LANE_PREFIX = "lane:";

/**
 * Where steps, flows and lanes are drawn right now, read from React Flow's nodes (which the
 * canvas projects from the doc, with drags drawn over), so stickies follow a step as it moves.
 */
export function useTargetGeometry(board: Pick<Board, "flows">): TargetGeometry {
  const nodes = useNodes();
  return useMemo(() => {
    const steps = new Map<string, Rect>();
    const lanes = new Map<string, { top: number; height: number }>();
    for (const node of nodes) {
      const width = node.width ?? node.measured?.width ?? 0;
      const height = node.height ?? node.measured?.height ?? 0;
      if (node.type === "step") steps.set(node.id, { x: node.position.x, y: node.position.y, width, height });
      else if (node.type === "lane" && node.id.startsWith(LANE_PREFIX))
        lanes.set(node.id.slice(LANE_PREFIX.length), { top: node.position.y, height });
    }
    const flows = new Map(
      board.flows.flatMap((flow) => {
        const source = steps.get(flow.from);
        const target = steps.get(flow.to);
        return source && target ? [[flow.id, routeMidpoint(flowRoute(source, target))] as const] : [];
      }),
    );
    return { steps, flows, lanes };
  }, [nodes, board.flows]);
}
