import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addLane, addStep, connect, moveStep, readBoard, relabelStep, type Board } from "@brownpaper/shared";
import { EntityCache } from "../../../lib/entity-cache";
import type { FlowEdge, LaneNode, StepNode } from "../../../lib/canvas-types";
import { laneBands } from "../layout/lane-layout";
import { STEP_SIZE } from "@brownpaper/shared";
import type { Rect as Box } from "@brownpaper/shared";
import { projectFlows, type FlowInputs } from "./project-flows";
import { projectLanes, type LaneInputs } from "./project-lanes";
import { projectSteps, type StepInputs } from "./project-steps";

function projector() {
  const lanes = new EntityCache<LaneInputs, LaneNode>();
  const steps = new EntityCache<StepInputs, StepNode>();
  const flows = new EntityCache<FlowInputs, FlowEdge>();
  return (board: Board) => {
    const bands = laneBands(board.lanes);
    const laneNodes = projectLanes(board, bands, 2400, lanes);
    const stepNodes = projectSteps(board, bands, steps);
    const boxes = new Map<string, Box>(
      stepNodes.map((node) => [node.id, { ...node.position, ...STEP_SIZE[node.data.kind] }]),
    );
    const edges = projectFlows(board, bands, boxes, flows);
    return { laneNodes, stepNodes, edges };
  };
}

function sampleDoc() {
  const doc = new Y.Doc();
  const sales = addLane(doc, { name: "Sales" });
  const ops = addLane(doc, { name: "Operations", height: 200 });
  const take = addStep(doc, { laneId: sales, x: 200, y: 40, label: "Take order" });
  const check = addStep(doc, { laneId: sales, x: 500, y: 40, label: "Check stock" });
  const ship = addStep(doc, { laneId: ops, x: 800, y: 60, label: "Ship" });
  connect(doc, { from: take, to: check });
  connect(doc, { from: check, to: ship });
  return { doc, sales, ops, take, check, ship };
}

describe("projecting a board onto the canvas", () => {
  it("places steps at their lane's top plus their offset", () => {
    const { doc, ship } = sampleDoc();
    const { stepNodes } = projector()(readBoard(doc));
    expect(stepNodes.find((node) => node.id === ship)?.position).toEqual({ x: 800, y: 160 + 60 });
  });

  it("draws a step whose offset no longer fits its lane inside the band", () => {
    const { doc, take } = sampleDoc();
    moveStep(doc, take, { x: 200, y: 5000 });
    const { stepNodes } = projector()(readBoard(doc));
    expect(stepNodes.find((node) => node.id === take)?.position.y).toBe(160 - 72 - 8);
  });

  it("keeps unchanged nodes and edges as the same objects when one step changes", () => {
    const { doc, take, check } = sampleDoc();
    const project = projector();
    const before = project(readBoard(doc));
    relabelStep(doc, check, "Check stock level");
    const after = project(readBoard(doc));

    const byId = (nodes: StepNode[], id: string) => nodes.find((node) => node.id === id);
    expect(byId(after.stepNodes, take)).toBe(byId(before.stepNodes, take));
    expect(byId(after.stepNodes, check)).not.toBe(byId(before.stepNodes, check));
    expect(after.laneNodes).toEqual(before.laneNodes);
    after.laneNodes.forEach((node, index) => expect(node).toBe(before.laneNodes[index]));
    after.edges.forEach((edge, index) => expect(edge).toBe(before.edges[index]));
  });

  it("badges flows that cross lanes with provider → customer, live as steps change lane", () => {
    const { doc, ops, check } = sampleDoc();
    const project = projector();
    const texts = () => project(readBoard(doc)).edges.map((edge) => edge.data?.handoverText);

    expect(texts().filter(Boolean)).toEqual(["Sales → Operations"]);
    moveStep(doc, check, { x: 500, y: 40, laneId: ops });
    expect(texts().filter(Boolean)).toEqual(["Sales → Operations"]);
    const edges = project(readBoard(doc)).edges;
    expect(edges.find((edge) => edge.target === check)?.data?.handoverText).toBe("Sales → Operations");
    expect(edges.find((edge) => edge.source === check)?.data?.handoverText).toBe("");
  });

  it("marks where a handover enters its customer lane", () => {
    const { doc, ship } = sampleDoc();
    const edge = projector()(readBoard(doc)).edges.find((candidate) => candidate.target === ship);
    expect(edge?.data?.borderY).toBe(160);
    expect(edge?.className).toContain("flow-edge--handover");
  });

  it("counts a lane's steps and never lets it shrink over them", () => {
    const { doc } = sampleDoc();
    const [sales, ops] = projector()(readBoard(doc)).laneNodes;
    expect(sales?.data.stepCount).toBe(2);
    expect(ops?.data.minHeight).toBe(60 + 72 + 8);
    expect(sales?.draggable).toBe(false);
    expect(sales?.zIndex).toBeLessThan(0);
  });
});
