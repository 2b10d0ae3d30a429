import { describe, expect, it } from "vitest";
import { baselineGraph } from "./baseline-graph";
import { generateBoardFile } from "./board-fixture";

describe("baselineGraph", () => {
  it("draws one node per lane and per step and one edge per flow, as Brownpaper does", () => {
    const board = generateBoardFile(200);
    const graph = baselineGraph(board);
    expect(graph.nodes).toHaveLength(board.lanes.length + board.steps.length);
    expect(graph.edges).toHaveLength(board.flows.length);
  });

  it("puts each step inside its lane's band", () => {
    const board = generateBoardFile(200);
    const graph = baselineGraph(board);
    const step = board.steps.find((candidate) => candidate.laneId === board.lanes[3]!.id)!;
    const lane = graph.nodes.find((node) => node.id === `lane:${board.lanes[3]!.id}`)!;
    const node = graph.nodes.find((candidate) => candidate.id === step.id)!;
    expect(node.position.y).toBeGreaterThanOrEqual(lane.position.y);
    expect(node.position.y + node.height).toBeLessThanOrEqual(lane.position.y + lane.height);
  });
});
