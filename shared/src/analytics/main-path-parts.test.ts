import { describe, expect, it } from "vitest";
import { mainPath } from "./main-path";
import { mainPathParts } from "./main-path-parts";
import { claimsBoardFile } from "./fixtures/claims-board";
import { onboardingBoardFile } from "./fixtures/onboarding-board";
import { toBoard } from "./fixtures/to-board";

const partsOf = (file: ReturnType<typeof claimsBoardFile>) => {
  const board = toBoard(file);
  return mainPathParts(board, mainPath(board));
};

describe("the steps behind the main path's figures", () => {
  it("names the steps whose %C&A is rolled, and where core and support lanes wait", () => {
    // Path: Receive claim, Log claim, Assess claim, Complete?, Pay claim, Claim closed.
    // %C&A on log (90), assess (80), check (100); Pay claim has none.
    // Waiting: log 20, assess 180, check 15 in core lanes; pay 580 in Finance (support).
    expect(partsOf(claimsBoardFile())).toEqual({
      withPctCompleteAccurate: ["s-log", "s-assess", "s-check"],
      waiting: { core: ["s-log", "s-assess", "s-check"], support: ["s-pay"], other: [] },
    });
  });

  it("leaves out a step that does not wait and one without both times, and counts external lanes as other", () => {
    // Path b1 b3 b4 b5 b7 b6. b5 takes 10 of 10 minutes (no wait); b4 has no times;
    // b7 sits in the external Supplier lane (20 − 5 = 15 min waiting).
    expect(partsOf(onboardingBoardFile())).toEqual({
      withPctCompleteAccurate: ["b1", "b3", "b7", "b6"],
      waiting: { core: ["b1", "b6"], support: ["b3"], other: ["b7"] },
    });
  });

  it("points at nothing when there is no main path", () => {
    const file = claimsBoardFile();
    file.flows = [];
    expect(partsOf(file)).toEqual({ withPctCompleteAccurate: [], waiting: { core: [], support: [], other: [] } });
  });
});
