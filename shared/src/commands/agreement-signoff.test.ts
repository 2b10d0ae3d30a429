import { describe, expect, it } from "vitest";
import { readBoard } from "../doc/read-board";
import { createBoardDoc } from "../interchange/import-board";
import { addLane } from "./lanes";
import { addAgreement } from "./agreements";
import { addMeasure, updateAgreement, updateMeasure } from "./agreement-fields";
import { SIGNOFF_CLEARED, signAgreement, withdrawSignoff } from "./agreement-signoff";

function agreementBoard() {
  const doc = createBoardDoc();
  const hr = addLane(doc, { name: "HR", kind: "support" });
  const ops = addLane(doc, { name: "Operations" });
  const agreement = addAgreement(doc, {
    providerLaneId: hr,
    customerLaneId: ops,
    flowIds: [],
    measures: [{ name: "On time", dimension: "speed", target: "1 day", weight: 100 }],
  });
  const read = () => readBoard(doc).agreements[0]!;
  return { doc, agreement, read };
}

describe("signing an agreement off", () => {
  it("makes it agreed only once both sides have signed", () => {
    const { doc, agreement, read } = agreementBoard();
    expect(() => updateAgreement(doc, agreement, { status: "agreed" })).toThrow(/both sides/);
    signAgreement(doc, agreement, "provider", "Hana (HR)", "2026-12-03T10:00:00.000Z");
    expect(read()).toMatchObject({ status: "draft", signedByProvider: { name: "Hana (HR)" } });
    signAgreement(doc, agreement, "customer", "Oskar", "2026-12-03T10:05:00.000Z");
    expect(read()).toMatchObject({
      status: "agreed",
      signedByProvider: { name: "Hana (HR)", at: "2026-12-03T10:00:00.000Z" },
      signedByCustomer: { name: "Oskar", at: "2026-12-03T10:05:00.000Z" },
    });
  });

  it("clears both signatures, with the reason, when the expectation or a measure's terms change", () => {
    const { doc, agreement, read } = agreementBoard();
    const signBoth = () => {
      signAgreement(doc, agreement, "provider", "Hana");
      signAgreement(doc, agreement, "customer", "Oskar");
    };
    signBoth();
    updateAgreement(doc, agreement, { expectation: "Start date in one ticket" });
    expect(read()).toMatchObject({ status: "draft", signoffNote: SIGNOFF_CLEARED.expectation });
    expect(read().signedByProvider).toBeUndefined();
    expect(read().signedByCustomer).toBeUndefined();

    signBoth();
    expect(read().signoffNote).toBeUndefined();
    updateMeasure(doc, agreement, 0, { weight: 60 });
    expect(read()).toMatchObject({ status: "draft", signoffNote: SIGNOFF_CLEARED.measures });

    signBoth();
    addMeasure(doc, agreement, { name: "Polite", dimension: "courtesy", target: "", weight: 40 });
    expect(read().status).toBe("draft");
  });

  it("keeps the signatures when only a score, or the same text, is written", () => {
    const { doc, agreement, read } = agreementBoard();
    updateAgreement(doc, agreement, { expectation: "Same" });
    signAgreement(doc, agreement, "provider", "Hana");
    signAgreement(doc, agreement, "customer", "Oskar");
    updateMeasure(doc, agreement, 0, { score: 80 });
    updateAgreement(doc, agreement, { expectation: "Same" });
    expect(read().status).toBe("agreed");
  });

  it("refuses an empty name and a retired agreement; withdrawing one side makes it a draft", () => {
    const { doc, agreement, read } = agreementBoard();
    expect(() => signAgreement(doc, agreement, "provider", "  ")).toThrow(/name/);
    signAgreement(doc, agreement, "provider", "Hana");
    signAgreement(doc, agreement, "customer", "Oskar");
    withdrawSignoff(doc, agreement, "customer");
    expect(read()).toMatchObject({ status: "draft", signedByProvider: { name: "Hana" } });
    updateAgreement(doc, agreement, { status: "retired" });
    expect(() => signAgreement(doc, agreement, "customer", "Oskar")).toThrow(/retired/);
  });
});
