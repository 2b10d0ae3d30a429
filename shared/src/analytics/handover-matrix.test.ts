import { describe, expect, it } from "vitest";
import { handoverMatrix } from "./handover-matrix";
import { toBoard } from "./fixtures/to-board";
import { claimsBoardFile } from "./fixtures/claims-board";
import { equipmentBoardFile } from "./fixtures/equipment-board";
import { onboardingBoardFile } from "./fixtures/onboarding-board";
import { createBoardDoc } from "../interchange/import-board";
import { moveStep } from "../commands/steps";
import { readBoard } from "../doc/read-board";

describe("handover matrix", () => {
  it("groups handovers by provider and customer lane in lane order", () => {
    const matrix = handoverMatrix(toBoard(claimsBoardFile()));
    // Lanes: lc 0, lk 1, lf 2, lu 3. Within-lane flows f01, f03, f09 are not handovers.
    expect(matrix.laneIds).toEqual(["lc", "lk", "lf", "lu"]);
    expect(matrix.pairs).toEqual([
      { providerLaneId: "lc", customerLaneId: "lk", flowIds: ["f02"], count: 1 },
      { providerLaneId: "lk", customerLaneId: "lc", flowIds: ["f05"], count: 1 },
      { providerLaneId: "lk", customerLaneId: "lf", flowIds: ["f04"], count: 1 },
      { providerLaneId: "lk", customerLaneId: "lu", flowIds: ["f06"], count: 1 },
      { providerLaneId: "lf", customerLaneId: "lc", flowIds: ["f08"], count: 1 },
      { providerLaneId: "lu", customerLaneId: "lk", flowIds: ["f07"], count: 1 },
    ]);
    expect(matrix.total).toBe(6);
  });

  it("counts core-to-support crossings in either direction and their share", () => {
    // Claims: f04 core → support and f08 support → core, of 6 handovers: 2 / 6.
    const claims = handoverMatrix(toBoard(claimsBoardFile())).coreSupport;
    expect(claims).toEqual({ flowIds: ["f04", "f08"], count: 2, share: 2 / 6 });
    // Equipment: h2 core → support, h4 support → core; h3 is support → support: 2 / 3.
    expect(handoverMatrix(toBoard(equipmentBoardFile())).coreSupport).toEqual({
      flowIds: ["h2", "h4"],
      count: 2,
      share: 2 / 3,
    });
    // Onboarding: only g2 (core → support) of 5; external lanes never count: 1 / 5.
    expect(handoverMatrix(toBoard(onboardingBoardFile())).coreSupport).toEqual({
      flowIds: ["g2"],
      count: 1,
      share: 0.2,
    });
  });

  it("puts several handovers between the same lanes in one cell", () => {
    const lxToLo = handoverMatrix(toBoard(onboardingBoardFile())).pairs.find(
      (pair) => pair.providerLaneId === "lx" && pair.customerLaneId === "lo",
    );
    expect(lxToLo).toEqual({ providerLaneId: "lx", customerLaneId: "lo", flowIds: ["g5", "g8"], count: 2 });
  });

  it("re-derives handovers when a step moves into another lane", () => {
    const doc = createBoardDoc(claimsBoardFile());
    moveStep(doc, "s-reject", { x: 450, y: 50, laneId: "lk" });
    const matrix = handoverMatrix(readBoard(doc));
    // f05 (check → reject) is now inside Claims; f09 (reject → end) now crosses Claims → Customer service.
    expect(matrix.pairs.find((pair) => pair.providerLaneId === "lk" && pair.customerLaneId === "lc")?.flowIds).toEqual([
      "f09",
    ]);
    expect(matrix.total).toBe(6);
  });

  it("has no share on a board without handovers", () => {
    const empty = readBoard(createBoardDoc());
    expect(handoverMatrix(empty)).toEqual({
      laneIds: [],
      pairs: [],
      total: 0,
      coreSupport: { flowIds: [], count: 0, share: null },
    });
  });
});
