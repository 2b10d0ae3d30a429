import { describe, expect, it } from "vitest";
import { BOARD_TEMPLATES } from "./templates";
import { parseBoardFile } from "./interchange/parse-board-file";
import { createBoardDoc } from "./interchange/import-board";
import { exportBoard, exportBoardJson } from "./interchange/export-board";
import { deriveHandovers } from "./handovers";
import { readBoard, type Board } from "./doc/read-board";
import { gapReport } from "./analytics/gap-report";

function templateBoard(file: unknown): Board {
  const result = parseBoardFile(file);
  if (!result.ok) throw new Error(result.error);
  return readBoard(createBoardDoc(result.board));
}

describe.each(BOARD_TEMPLATES.map((template) => [template.id, template] as const))("template %s", (_id, template) => {
  it("imports cleanly and exports exactly the shipped file", () => {
    const result = parseBoardFile(template.file);
    if (!result.ok) throw new Error(result.error);
    expect(exportBoard(createBoardDoc(result.board))).toEqual(template.file);
  });

  it("round-trips through JSON unchanged", () => {
    const result = parseBoardFile(template.file);
    if (!result.ok) throw new Error(result.error);
    const text = exportBoardJson(createBoardDoc(result.board));
    const again = parseBoardFile(JSON.parse(text));
    if (!again.ok) throw new Error(again.error);
    expect(exportBoardJson(createBoardDoc(again.board))).toBe(text);
  });

  it("is a realistic map: several lanes, handovers between them, pain points with votes", () => {
    const result = parseBoardFile(template.file);
    if (!result.ok) throw new Error(result.error);
    const board = readBoard(createBoardDoc(result.board));
    expect(board.lanes.length).toBeGreaterThanOrEqual(3);
    expect(deriveHandovers(board).length).toBeGreaterThanOrEqual(4);
    expect(board.steps.some((step) => step.kind === "start")).toBe(true);
    expect(board.steps.some((step) => step.kind === "end")).toBe(true);
    expect(
      board.notes.filter((note) => note.kind === "pain" && Object.keys(note.votes ?? {}).length > 0).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it("gives a gap report with something to discuss on every line, and nothing broken", () => {
    const board = templateBoard(template.file);
    const report = gapReport(board);
    const stepById = new Map(board.steps.map((step) => [step.id, step]));
    const flowById = new Map(board.flows.map((flow) => [flow.id, flow]));

    // A main path from a start to an end through several steps and lanes, each flow joining its neighbours.
    const path = report.mainPath;
    expect(path.stepIds.length).toBeGreaterThanOrEqual(6);
    expect(stepById.get(path.stepIds[0]!)!.kind).toBe("start");
    expect(stepById.get(path.stepIds.at(-1)!)!.kind).toBe("end");
    expect(path.flowIds).toHaveLength(path.stepIds.length - 1);
    path.flowIds.forEach((flowId, i) =>
      expect([flowById.get(flowId)!.from, flowById.get(flowId)!.to]).toEqual([path.stepIds[i], path.stepIds[i + 1]]),
    );
    expect(new Set(path.stepIds.map((id) => stepById.get(id)!.laneId)).size).toBeGreaterThanOrEqual(3);

    // Measured: lead time well above process time, so flow efficiency is a real percentage.
    expect(path.processTime).toBeGreaterThan(0);
    expect(path.leadTime).toBeGreaterThan(path.processTime);
    expect(path.flowEfficiency).toBeGreaterThan(0);
    expect(path.flowEfficiency).toBeLessThan(1);
    expect(path.rolledPctCompleteAccurate).toBeGreaterThan(0);
    expect(path.rolledPctCompleteAccurate).toBeLessThan(100);
    expect(path.waiting.total).toBe(path.waiting.core + path.waiting.support + path.waiting.other);
    expect(path.waiting.support).toBeGreaterThan(0);
    expect(path.missingMeasures.length).toBeLessThanOrEqual(1);

    // Handovers, some between core and support, some still without an agreement, none misfiled.
    expect(report.handovers.total).toBeGreaterThanOrEqual(4);
    expect(report.handovers.coreSupport.count).toBeGreaterThanOrEqual(1);
    expect(report.coverage.uncovered.length).toBeGreaterThanOrEqual(1);
    expect(report.coverage.uncovered.length).toBeLessThanOrEqual(report.handovers.total);
    expect(report.coverage.mismatched).toEqual([]);
    for (const agreement of report.agreements) {
      if (agreement.score.combined !== null) expect(agreement.score.combined).toBeGreaterThan(0);
    }

    // A RACI with gaps to find, not RACI-less chaos: roles in most lanes, and most tasks and
    // decisions already with exactly one A.
    const raciSteps = board.steps.filter((step) => step.kind === "task" || step.kind === "decision");
    const withoutSingleA = new Set(
      report.raci.issues.filter((issue) => issue.rule !== "no-responsible").map((issue) => issue.stepId),
    );
    expect(report.raci.load.length).toBeGreaterThanOrEqual(3);
    expect(new Set(board.roles.map((role) => role.laneId)).size).toBeGreaterThanOrEqual(board.lanes.length - 1);
    expect(withoutSingleA.size).toBeGreaterThanOrEqual(1);
    expect(withoutSingleA.size * 2).toBeLessThanOrEqual(raciSteps.length);
    expect(report.raci.load.every((role) => role.responsibleCount + role.accountableCount > 0)).toBe(true);
    expect(report.raci.load.reduce((sum, role) => sum + role.responsibleCount, 0)).toBeGreaterThanOrEqual(2);

    // A vote that ranks: a clear leader, nobody over their dots.
    expect(report.votesHidden).toBe(false);
    if (!report.votesHidden) {
      expect(report.votes.overspent).toEqual([]);
      expect(report.pain.ranked[0]!.votes).toBeGreaterThan(report.pain.ranked.at(-1)!.votes);
    }

    // A clean map: every step joined, every decision's exits labelled.
    expect(report.mapQuality.unconnectedSteps).toEqual([]);
    expect(report.mapQuality.unclearDecisions).toEqual([]);
  });
});
