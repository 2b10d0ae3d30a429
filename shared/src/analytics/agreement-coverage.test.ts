import { describe, expect, it } from "vitest";
import { agreementCoverage } from "./agreement-coverage";
import { toBoard } from "./fixtures/to-board";
import { claimsBoardFile } from "./fixtures/claims-board";
import { equipmentBoardFile } from "./fixtures/equipment-board";
import { createBoardDoc } from "../interchange/import-board";
import { moveStep } from "../commands/steps";
import { disconnect } from "../commands/flows";
import { readBoard } from "../doc/read-board";

describe("agreement coverage", () => {
  it("lists handovers no live agreement covers as they run now", () => {
    // Handovers f02, f04, f05, f06, f07, f08. Covered: f04 (a-pay), f05 (a-rej), f06 (a-docs).
    // f07 is listed by a-docs but runs backwards; f08 only by retired a-old and misfiled a-wrong.
    expect(agreementCoverage(toBoard(claimsBoardFile())).uncovered).toEqual([
      { flowId: "f02", providerLaneId: "lc", customerLaneId: "lk" },
      { flowId: "f07", providerLaneId: "lu", customerLaneId: "lk" },
      { flowId: "f08", providerLaneId: "lf", customerLaneId: "lc" },
    ]);
  });

  it("names the flows that run backwards or between other lanes, and ignores retired agreements", () => {
    const { mismatched, withoutFlows } = agreementCoverage(toBoard(claimsBoardFile()));
    expect(mismatched).toEqual([
      {
        agreementId: "a-docs",
        status: "draft",
        providerLaneId: "lk",
        customerLaneId: "lu",
        flows: [{ flowId: "f07", reason: "reversed", fromLaneId: "lu", toLaneId: "lk" }],
      },
      {
        agreementId: "a-wrong",
        status: "draft",
        providerLaneId: "lf",
        customerLaneId: "lk",
        flows: [{ flowId: "f08", reason: "other-lanes", fromLaneId: "lf", toLaneId: "lc" }],
      },
    ]);
    // a-old (retired) also lists f08 between the right lanes but must not show up anywhere.
    expect(mismatched.map((agreement) => agreement.agreementId)).not.toContain("a-old");
    expect(withoutFlows).toEqual([]);
  });

  it("flags an agreement whose flow moved inside one lane and drops the new handover into uncovered", () => {
    const doc = createBoardDoc(claimsBoardFile());
    moveStep(doc, "s-reject", { x: 450, y: 50, laneId: "lk" });
    const coverage = agreementCoverage(readBoard(doc));
    expect(coverage.mismatched.find((agreement) => agreement.agreementId === "a-rej")).toEqual({
      agreementId: "a-rej",
      status: "agreed",
      providerLaneId: "lk",
      customerLaneId: "lc",
      flows: [{ flowId: "f05", reason: "within-lane", fromLaneId: "lk", toLaneId: "lk" }],
    });
    // f05 is no handover any more; f09 (reject → end) now runs Claims → Customer service.
    expect(coverage.uncovered.map((handover) => handover.flowId)).toEqual(["f02", "f07", "f08", "f09"]);
  });

  it("reports an agreement left with no flow once its flows are deleted", () => {
    const doc = createBoardDoc(claimsBoardFile());
    disconnect(doc, "f04");
    expect(agreementCoverage(readBoard(doc)).withoutFlows).toEqual(["a-pay"]);
  });

  it("treats a retired agreement as no agreement", () => {
    const file = equipmentBoardFile();
    expect(agreementCoverage(toBoard(file)).uncovered.map((handover) => handover.flowId)).toEqual(["h3"]);
    file.agreements[0]!.status = "retired";
    expect(agreementCoverage(toBoard(file)).uncovered.map((handover) => handover.flowId)).toEqual(["h2", "h3"]);
  });
});
