import { describe, expect, it } from "vitest";
import { mapQuality } from "./map-quality";
import { toBoard } from "./fixtures/to-board";
import { claimsBoardFile } from "./fixtures/claims-board";
import { onboardingBoardFile } from "./fixtures/onboarding-board";

const ALL = ["processTime", "leadTime", "pctCompleteAccurate"];

describe("map quality", () => {
  it("finds steps cut off from the flow, expecting no flow into a start or out of an end", () => {
    // Onboarding has no start/end kinds: b1 has nothing in, b6 nothing out, b8 no flow at all.
    expect(mapQuality(toBoard(onboardingBoardFile())).unconnectedSteps).toEqual([
      { stepId: "b1", missing: "in" },
      { stepId: "b6", missing: "out" },
      { stepId: "b8", missing: "both" },
    ]);
    // Claims: start → … → end, every step connected.
    expect(mapQuality(toBoard(claimsBoardFile())).unconnectedSteps).toEqual([]);
  });

  it("flags decisions with fewer than two labelled exits", () => {
    // b5 exits: g6 "yes", g7 unlabelled → 1 of 2. Claims' s-check has three labelled exits.
    expect(mapQuality(toBoard(onboardingBoardFile())).unclearDecisions).toEqual([
      { stepId: "b5", exits: 2, labelledExits: 1 },
    ]);
    expect(mapQuality(toBoard(claimsBoardFile())).unclearDecisions).toEqual([]);
  });

  it("does not count a label of blanks as a label", () => {
    const file = claimsBoardFile();
    file.flows.find((flow) => flow.id === "f05")!.label = "   ";
    file.flows.find((flow) => flow.id === "f06")!.label = "";
    expect(mapQuality(toBoard(file)).unclearDecisions).toEqual([{ stepId: "s-check", exits: 3, labelledExits: 1 }]);
  });

  it("names the measures each task, decision and wait lacks, in step order", () => {
    // Step order b1, b2, b5, b6, b3, b8, b4, b7.
    expect(mapQuality(toBoard(onboardingBoardFile())).missingMeasures).toEqual([
      { stepId: "b5", missing: ["pctCompleteAccurate"] },
      { stepId: "b8", missing: ALL },
      { stepId: "b4", missing: ALL },
    ]);
    // Start and end events carry no measures and are not asked to.
    expect(mapQuality(toBoard(claimsBoardFile())).missingMeasures).toEqual([
      { stepId: "s-reject", missing: ["pctCompleteAccurate"] },
      { stepId: "s-pay", missing: ["pctCompleteAccurate"] },
      { stepId: "s-ask", missing: ["pctCompleteAccurate"] },
    ]);
  });
});
