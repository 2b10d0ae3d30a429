import { describe, expect, it } from "vitest";
import { parseBoardFile, STEP_MIN_X } from "@brownpaper/shared";
import { generateBoardFile } from "./board-fixture";

describe("generateBoardFile", () => {
  it("makes boards Brownpaper's importer accepts, at every benchmarked size", () => {
    for (const size of [200, 1000, 3000]) {
      const board = generateBoardFile(size);
      const parsed = parseBoardFile(JSON.parse(JSON.stringify(board)));
      expect(parsed.ok ? "ok" : parsed.error).toBe("ok");
      expect(board.steps).toHaveLength(size);
    }
  });

  it("keeps a process map's proportions: about √n lanes, more flows than steps, some handovers and notes", () => {
    const board = generateBoardFile(1000);
    expect(board.lanes.length).toBe(32);
    expect(board.flows.length).toBeGreaterThan(1000);
    expect(board.flows.length).toBeLessThan(1300);
    const laneOf = new Map(board.steps.map((step) => [step.id, step.laneId]));
    const handovers = board.flows.filter((flow) => laneOf.get(flow.from) !== laneOf.get(flow.to));
    expect(handovers.length).toBeGreaterThan(100);
    expect(board.notes.length).toBe(200);
  });

  it("places every step right of the lane headers", () => {
    expect(Math.min(...generateBoardFile(200).steps.map((step) => step.x))).toBeGreaterThanOrEqual(STEP_MIN_X);
  });

  it("is the same board every run", () => {
    expect(generateBoardFile(200)).toEqual(generateBoardFile(200));
  });
});
