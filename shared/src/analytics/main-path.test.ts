import { describe, expect, it } from "vitest";
import { mainPath } from "./main-path";
import { toBoard } from "./fixtures/to-board";
import { claimsBoardFile } from "./fixtures/claims-board";
import { equipmentBoardFile } from "./fixtures/equipment-board";
import { onboardingBoardFile } from "./fixtures/onboarding-board";
import type { BoardFile } from "../interchange/board-file";

const step = (file: BoardFile, id: string) => file.steps.find((candidate) => candidate.id === id)!;

describe("main path", () => {
  it("walks a loop once and follows the decision branch with the most lead time", () => {
    const path = mainPath(toBoard(claimsBoardFile()));
    // Via "approved": 0 + 30 + 240 + 20 + 600 + 0 = 890 min; via "rejected": 30 + 240 + 20 + 60 = 350.
    // "Supply missing documents" (1440 min) only leads back to "Assess claim": a loop, not a way to an end.
    expect(path.stepIds).toEqual(["s-start", "s-log", "s-assess", "s-check", "s-pay", "s-end"]);
    expect(path.flowIds).toEqual(["f01", "f02", "f03", "f04", "f08"]);
    expect(path.leadTime).toBe(890);
    // 10 + 60 + 5 + 20
    expect(path.processTime).toBe(95);
    expect(path.flowEfficiency).toBeCloseTo(95 / 890, 12);
  });

  it("rolls %C&A over the steps that have one and counts the steps that lack it", () => {
    const path = mainPath(toBoard(claimsBoardFile()));
    // 90% × 80% × 100% = 72%; "Pay claim" has none; start and end events are not expected to.
    expect(path.rolledPctCompleteAccurate).toBeCloseTo(72, 10);
    expect(path.stepsWithoutPct).toBe(1);
    expect(path.missingMeasures).toEqual([{ stepId: "s-pay", missing: ["pctCompleteAccurate"] }]);
  });

  it("splits waiting time between core and support lanes", () => {
    // Core: log 30−10 = 20, assess 240−60 = 180, check 20−5 = 15 → 215. Support: pay 600−20 = 580.
    expect(mainPath(toBoard(claimsBoardFile())).waiting).toEqual({ core: 215, support: 580, other: 0, total: 795 });
    // Equipment: core 60−15 = 45; support 1440−10 + 2880−60 = 1430 + 2820 = 4250.
    expect(mainPath(toBoard(equipmentBoardFile())).waiting).toEqual({ core: 45, support: 4250, other: 0, total: 4295 });
  });

  it("switches branch when the other branch becomes slower", () => {
    const file = claimsBoardFile();
    step(file, "s-reject").leadTime = 2000;
    // Via "rejected": 30 + 240 + 20 + 2000 = 2290 > 890.
    const path = mainPath(toBoard(file));
    expect(path.stepIds).toEqual(["s-start", "s-log", "s-assess", "s-check", "s-reject", "s-end"]);
    expect(path.leadTime).toBe(2290);
  });

  it("takes the slower of two parallel branches and falls back to steps without flow in or out", () => {
    // No start or end kinds: starts = b1 (no flow in), ends = b6 (no flow out); b8 has no flow at all.
    // b1 → b3 → b4 → b5 → b7 → b6: 60 + 2880 + 0 + 10 + 20 + 480 = 3450, the most of the four paths
    // (b1 b2 b5 b6 = 1030, b1 b2 b5 b7 b6 = 1050, b1 b3 b4 b5 b6 = 3430).
    const path = mainPath(toBoard(onboardingBoardFile()));
    expect(path.stepIds).toEqual(["b1", "b3", "b4", "b5", "b7", "b6"]);
    expect(path.leadTime).toBe(3450);
    // 30 + 20 + 10 + 5 + 120; "Deliver laptop" has no times.
    expect(path.processTime).toBe(185);
    expect(path.flowEfficiency).toBeCloseTo(185 / 3450, 12);
    // 100% × 75% × 50% × 100% = 37.5%; b4 (wait) and b5 (decision) have no %C&A.
    expect(path.rolledPctCompleteAccurate).toBeCloseTo(37.5, 10);
    expect(path.stepsWithoutPct).toBe(2);
    // Core b1 30 + b5 0 + b6 360 = 390; support b3 2860; external b7 15; b4 unknown.
    expect(path.waiting).toEqual({ core: 390, support: 2860, other: 15, total: 3265 });
    expect(path.missingMeasures).toEqual([
      { stepId: "b4", missing: ["processTime", "leadTime", "pctCompleteAccurate"] },
      { stepId: "b5", missing: ["pctCompleteAccurate"] },
    ]);
  });

  it("follows the other parallel branch once it holds more lead time", () => {
    const file = onboardingBoardFile();
    step(file, "b3").leadTime = 100;
    // b1 b2 b5 b7 b6 = 60 + 480 + 10 + 20 + 480 = 1050 beats b1 b3 b4 b5 b7 b6 = 60 + 100 + 10 + 20 + 480 = 670.
    expect(mainPath(toBoard(file)).stepIds).toEqual(["b1", "b2", "b5", "b7", "b6"]);
  });

  it("breaks a tie in favour of the step that comes first on the board", () => {
    const file = onboardingBoardFile();
    // Make both branches out of b1 worth the same: b2 480 + b5… vs b3 480 + b4 0 + b5…
    step(file, "b3").leadTime = 480;
    step(file, "b3").processTime = 20;
    step(file, "b7").leadTime = 0;
    step(file, "b7").processTime = 0;
    // b1 b2 b5 b6 = 60 + 480 + 10 + 480 = 1030 = b1 b3 b4 b5 b6; b2 precedes b3 in step order,
    // and at b5 the exit to b6 precedes the one to b7 (both reach b6 with 480).
    expect(mainPath(toBoard(file)).stepIds).toEqual(["b1", "b2", "b5", "b6"]);
    // Move Operations below IT and Supplier: step order becomes b3, b8, b4, b7, b1, b2, b5, b6,
    // so b3 now precedes b2 and b7 precedes b6. Same totals, the other path.
    file.lanes[0]!.order = 5;
    expect(mainPath(toBoard(file)).stepIds).toEqual(["b1", "b3", "b4", "b5", "b7", "b6"]);
  });

  it("has no flow efficiency or %C&A when nothing on the path is measured", () => {
    const file = equipmentBoardFile();
    for (const each of file.steps) {
      delete each.processTime;
      delete each.leadTime;
      delete each.pctCompleteAccurate;
    }
    const path = mainPath(toBoard(file));
    expect(path.stepIds).toEqual(["c1", "c2", "c3", "c4", "c5"]);
    expect([path.leadTime, path.flowEfficiency, path.rolledPctCompleteAccurate, path.stepsWithoutPct]).toEqual([
      0,
      null,
      null,
      3,
    ]);
  });

  it("is empty when no start reaches an end", () => {
    const file = equipmentBoardFile();
    file.flows = file.flows.filter((flow) => flow.id !== "h4");
    const path = mainPath(toBoard(file));
    expect(path.stepIds).toEqual([]);
    expect(path.flowEfficiency).toBeNull();
    expect(path.waiting.total).toBe(0);
  });
});
