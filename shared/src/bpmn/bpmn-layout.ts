import type { Board } from "../doc/read-board";
import type { BpmnGraph, BpmnNode, BpmnNodeType } from "./bpmn-graph";
import { STEP_SIZE } from "../layout/map-geometry";

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

const POOL_HEADER = 30;
const LEFT_MARGIN = 110;
const RIGHT_MARGIN = 140;

const SIZE: Record<BpmnNodeType, { width: number; height: number }> = {
  task: { width: 100, height: 60 },
  exclusiveGateway: { width: 50, height: 50 },
  parallelGateway: { width: 50, height: 50 },
  startEvent: { width: 36, height: 36 },
  endEvent: { width: 36, height: 36 },
  intermediateCatchEvent: { width: 36, height: 36 },
};

export interface BpmnLayout {
  pool: Bounds;
  lanes: Map<string, Bounds>;
  nodes: Map<string, Bounds>;
  edges: Map<string, Point[]>;
}

const center = (b: Bounds): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Orthogonal route from the source's right tip to the target's left tip. */
export function routeEdge(source: Bounds, target: Bounds): Point[] {
  const start = { x: source.x + source.width, y: center(source).y };
  const end = { x: target.x, y: center(target).y };
  if (start.y === end.y) return [start, end];
  const midX = Math.round((start.x + end.x) / 2);
  return [start, { x: midX, y: start.y }, { x: midX, y: end.y }, end];
}

/**
 * Places the BPMN diagram where the map has it: lanes as stacked horizontal bands in one
 * pool, each step at its canvas position, generated gateways just before or after their step.
 */
export function layoutBpmn(board: Board, graph: BpmnGraph): BpmnLayout {
  const minX = Math.min(0, ...board.steps.map((step) => step.x));
  const offsetX = POOL_HEADER + LEFT_MARGIN - minX;
  const maxX = Math.max(0, ...board.steps.map((step) => step.x + STEP_SIZE[step.kind].width));
  const width = Math.max(600, maxX + offsetX + RIGHT_MARGIN);

  const lanes = new Map<string, Bounds>();
  let top = 0;
  for (const lane of board.lanes) {
    lanes.set(lane.id, { x: POOL_HEADER, y: top, width: width - POOL_HEADER, height: lane.height });
    top += lane.height;
  }
  const pool = { x: 0, y: 0, width, height: Math.max(top, 100) };

  const nodes = new Map<string, Bounds>();
  const place = (node: BpmnNode, centreX: number) => {
    const lane = lanes.get(node.laneId)!;
    const size = SIZE[node.type];
    const wantedY = lane.y + node.step.y + STEP_SIZE[node.step.kind].height / 2;
    const centreY = Math.max(
      lane.y + size.height / 2 + 4,
      Math.min(lane.y + lane.height - size.height / 2 - 4, wantedY),
    );
    nodes.set(node.id, {
      x: Math.round(centreX - size.width / 2),
      y: Math.round(centreY - size.height / 2),
      width: size.width,
      height: size.height,
    });
  };
  const stepNodeType = new Map(
    graph.nodes.filter((node) => node.role === "step").map((node) => [node.step.id, node.type]),
  );
  for (const node of graph.nodes) {
    const stepCentre = node.step.x + offsetX + STEP_SIZE[node.step.kind].width / 2;
    const stepHalf = SIZE[stepNodeType.get(node.step.id)!].width / 2;
    if (node.role === "step") place(node, stepCentre);
    else if (node.role === "merge") place(node, stepCentre - stepHalf - 55);
    else place(node, stepCentre + stepHalf + 55);
  }

  const edges = new Map<string, Point[]>();
  for (const flow of graph.flows) edges.set(flow.id, routeEdge(nodes.get(flow.sourceRef)!, nodes.get(flow.targetRef)!));
  return { pool, lanes, nodes, edges };
}
