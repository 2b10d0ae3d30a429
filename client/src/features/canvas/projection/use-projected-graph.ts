import { useMemo, useState } from "react";
import type { Board } from "@brownpaper/shared";
import { EntityCache } from "../../../lib/entity-cache";
import { useUiStore } from "../../../state/store";
import { selectDragPositions } from "../../../state/selectors";
import type { BoardNode, FlowEdge, LaneNode, StepNode } from "../../../lib/canvas-types";
import { mapWidth, type LaneBand } from "../layout/lane-layout";
import { STEP_SIZE } from "@brownpaper/shared";
import type { Rect as Box } from "@brownpaper/shared";
import { projectFlows, type FlowInputs } from "./project-flows";
import { projectLanes, type LaneInputs } from "./project-lanes";
import { projectSteps, type StepInputs } from "./project-steps";

/**
 * Board snapshot → React Flow nodes and edges, memoised per entity. Edge sides follow steps
 * being dragged, so a flow re-routes live; everything else comes from the doc alone.
 */
export function useProjectedGraph(board: Board, bands: readonly LaneBand[]): { nodes: BoardNode[]; edges: FlowEdge[] } {
  const laneCache = useState(() => new EntityCache<LaneInputs, LaneNode>())[0];
  const stepCache = useState(() => new EntityCache<StepInputs, StepNode>())[0];
  const flowCache = useState(() => new EntityCache<FlowInputs, FlowEdge>())[0];
  const dragPositions = useUiStore(selectDragPositions);

  const nodes = useMemo(() => {
    const lanes = projectLanes(board, bands, mapWidth(board.steps), laneCache);
    const steps = projectSteps(board, bands, stepCache);
    laneCache.sweep();
    stepCache.sweep();
    return [...lanes, ...steps];
  }, [board, bands, laneCache, stepCache]);

  const edges = useMemo(() => {
    const boxes = new Map<string, Box>();
    for (const node of nodes) {
      if (node.type !== "step") continue;
      const position = dragPositions.get(node.id) ?? node.position;
      boxes.set(node.id, { ...position, ...STEP_SIZE[node.data.kind] });
    }
    const projected = projectFlows(board, bands, boxes, flowCache);
    flowCache.sweep();
    return projected;
  }, [board, bands, nodes, dragPositions, flowCache]);

  return { nodes, edges };
}
