import { laneBands, STEP_SIZE, type BoardFile } from "@brownpaper/shared";

/** React Flow's node and edge shapes, kept to what the baseline page passes in. */
export interface BaselineNode {
  id: string;
  type?: string;
  position: { x: number; y: number };
  data: { label: string };
  width: number;
  height: number;
  draggable?: boolean;
  selectable?: boolean;
  zIndex?: number;
}

export interface BaselineEdge {
  id: string;
  source: string;
  target: string;
}

export interface BaselineGraph {
  nodes: BaselineNode[];
  edges: BaselineEdge[];
}

/**
 * The same map as Brownpaper draws it (a full-width band per lane under its steps, a box per
 * step at its place, an edge per flow) as plain React Flow data for default node and edge
 * components: what a bare React Flow page would render.
 */
export function baselineGraph(board: BoardFile): BaselineGraph {
  const bands = laneBands(board.lanes.map((lane) => ({ id: lane.id, height: lane.height ?? 160 })));
  const topOf = new Map(bands.map((band) => [band.laneId, band.top]));
  const width = Math.max(...board.steps.map((step) => step.x + STEP_SIZE[step.kind].width)) + 120;
  const lanes: BaselineNode[] = board.lanes.map((lane, index) => ({
    id: `lane:${lane.id}`,
    type: "group",
    position: { x: 0, y: bands[index]!.top },
    data: { label: lane.name },
    width,
    height: bands[index]!.height,
    draggable: false,
    selectable: false,
    zIndex: -1,
  }));
  const steps: BaselineNode[] = board.steps.map((step) => ({
    id: step.id,
    position: { x: step.x, y: (topOf.get(step.laneId) ?? 0) + step.y },
    data: { label: step.label },
    ...STEP_SIZE[step.kind],
  }));
  return {
    nodes: [...lanes, ...steps],
    edges: board.flows.map((flow) => ({ id: flow.id, source: flow.from, target: flow.to })),
  };
}
