import { describe, expect, it } from "vitest";
import { raciCheck } from "./raci-check";
import { toBoard } from "./fixtures/to-board";
import { claimsBoardFile } from "./fixtures/claims-board";
import { onboardingBoardFile } from "./fixtures/onboarding-board";
import { createBoardDoc } from "../interchange/import-board";
import { setRaci } from "../commands/roles";
import { readBoard } from "../doc/read-board";

describe("RACI check", () => {
  it("finds missing and doubled accountability and missing responsibility on tasks and decisions", () => {
    // Step order: s-start, s-log, s-reject, s-end, s-assess, s-check, s-pay, s-ask.
    // s-log and s-reject are fine; start and end are not checked.
    const check = raciCheck(toBoard(claimsBoardFile()));
    expect(check.issues).toEqual([
      { stepId: "s-assess", rule: "several-accountable", severity: "error", roleIds: ["r-lead", "r-fin"] },
      { stepId: "s-check", rule: "no-accountable", severity: "error", roleIds: [] },
      { stepId: "s-pay", rule: "no-responsible", severity: "warning", roleIds: [] },
      { stepId: "s-ask", rule: "no-accountable", severity: "error", roleIds: [] },
      { stepId: "s-ask", rule: "no-responsible", severity: "warning", roleIds: [] },
    ]);
    expect([check.errorCount, check.warningCount]).toEqual([3, 2]);
  });

  it("totals R and A per role in role order, ignoring C and I", () => {
    // Roles by lane then name: Service agent (lc), Claims handler, Team lead (lk), Payments clerk (lf).
    expect(raciCheck(toBoard(claimsBoardFile())).load).toEqual([
      {
        roleId: "r-agent",
        responsible: ["s-start", "s-log", "s-reject"],
        accountable: [],
        responsibleCount: 3,
        accountableCount: 0,
      },
      {
        roleId: "r-handler",
        responsible: ["s-assess", "s-check"],
        accountable: [],
        responsibleCount: 2,
        accountableCount: 0,
      },
      {
        roleId: "r-lead",
        responsible: [],
        accountable: ["s-log", "s-reject", "s-assess"],
        responsibleCount: 0,
        accountableCount: 3,
      },
      {
        roleId: "r-fin",
        responsible: [],
        accountable: ["s-assess", "s-pay"],
        responsibleCount: 0,
        accountableCount: 2,
      },
    ]);
  });

  it("clears an error once the step gets exactly one A", () => {
    const doc = createBoardDoc(claimsBoardFile());
    setRaci(doc, "s-assess", "r-fin", null);
    setRaci(doc, "s-check", "r-lead", "A");
    const rules = raciCheck(readBoard(doc)).issues.map((issue) => `${issue.stepId}:${issue.rule}`);
    expect(rules).toEqual(["s-pay:no-responsible", "s-ask:no-accountable", "s-ask:no-responsible"]);
  });

  it("asks for an A and an R on every task and decision of a board without roles, but not on waits", () => {
    // Tasks and decisions: b1, b2, b5, b6, b3, b8, b7 (7); b4 is a wait.
    const check = raciCheck(toBoard(onboardingBoardFile()));
    expect([check.errorCount, check.warningCount]).toEqual([7, 7]);
    expect(check.issues.slice(0, 2)).toEqual([
      { stepId: "b1", rule: "no-accountable", severity: "error", roleIds: [] },
      { stepId: "b1", rule: "no-responsible", severity: "warning", roleIds: [] },
    ]);
    expect(check.issues.some((issue) => issue.stepId === "b4")).toBe(false);
    expect(check.load).toEqual([]);
  });
});
