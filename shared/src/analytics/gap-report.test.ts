import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { gapReport } from "./gap-report";
import { gapReportMarkdown } from "./gap-report-markdown";
import { toBoard } from "./fixtures/to-board";
import { claimsBoardFile } from "./fixtures/claims-board";
import { onboardingBoardFile } from "./fixtures/onboarding-board";
import { createBoardDoc } from "../interchange/import-board";
import { readBoard } from "../doc/read-board";
import { boardMaps, META } from "../doc/layout";
import { moveStep } from "../commands/steps";

describe("gap report", () => {
  const claims = toBoard(claimsBoardFile());

  it("puts every analysis of the board into one report", () => {
    const report = gapReport(claims);
    expect(report.title).toBe("Claim to payment");
    expect(report.handovers.total).toBe(6);
    expect(report.coverage.uncovered.map((handover) => handover.flowId)).toEqual(["f02", "f07", "f08"]);
    expect(report.raci.errorCount).toBe(3);
    expect(report.pain.ranked[0]!.noteId).toBe("n-p3");
    expect(report.votes?.overspent).toEqual([]);
    expect(report.mainPath.leadTime).toBe(890);
    expect(report.mapQuality.missingMeasures).toHaveLength(3);
  });

  it("scores each agreement and shows its weight problem without fixing it", () => {
    const pay = gapReport(claims).agreements.find((agreement) => agreement.agreementId === "a-pay")!;
    expect(pay).toMatchObject({ status: "agreed", providerLaneId: "lk", customerLaneId: "lf", flowIds: ["f04"] });
    expect(pay.score.task).toBe(72.5);
    expect(pay.weightProblem).toBe("Weights add up to 110, not 100.");
  });

  it("carries the names behind its ids, flows named by their two steps and label", () => {
    const { names } = gapReport(claims);
    expect(names.lanes[2]).toEqual({ id: "lf", name: "Finance", kind: "support" });
    expect(names.flows.find((flow) => flow.id === "f04")).toEqual({
      id: "f04",
      name: "Complete? → Pay claim (approved)",
    });
    expect(names.flows.find((flow) => flow.id === "f02")).toEqual({ id: "f02", name: "Log claim → Assess claim" });
    expect(names.roles[0]).toEqual({ id: "r-agent", name: "Service agent", laneId: "lc" });
  });

  it("survives a round trip through JSON unchanged, as the report endpoint sends it", () => {
    const report = gapReport(claims);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("carries no vote count, tally or vote order while the facilitator hides the vote", () => {
    const doc = createBoardDoc(claimsBoardFile());
    boardMaps(doc).meta.set(META.votesHidden, true);
    const report = gapReport(readBoard(doc));
    expect(report.votesHidden).toBe(true);
    expect(report.votes).toBeNull();
    // Not a single number under a "votes" key anywhere in what the endpoint would send.
    expect(JSON.stringify(report)).not.toMatch(/"votes":\s*\d/);
    // n-p3 leads the counted ranking; hidden, the pain points come in id order.
    const ids = report.pain.ranked.map((pain) => pain.noteId);
    expect(ids).toEqual([...ids].sort());
    expect(report.pain.ranked[0]!.noteId).not.toBe("n-p3");
    // Still there: what is not a vote — how many pain points, of which category, where.
    const counted = gapReport(claims);
    expect(report.pain.categories.map((category) => category.notes)).toEqual(
      counted.pain.categories.map((category) => category.notes),
    );
    expect(report.pain.ranked.map((pain) => pain.target)).toEqual(
      [...counted.pain.ranked].sort((a, b) => (a.noteId < b.noteId ? -1 : 1)).map((pain) => pain.target),
    );
  });

  it("is the same on two clients whose docs merged", () => {
    const a = createBoardDoc(claimsBoardFile());
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    moveStep(b, "s-reject", { x: 450, y: 50, laneId: "lk" });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    const report = gapReport(readBoard(a));
    expect(gapReport(readBoard(b))).toEqual(report);
    expect(report.coverage.mismatched.map((agreement) => agreement.agreementId)).toContain("a-rej");
  });
});

describe("gap report as Markdown", () => {
  const markdown = gapReportMarkdown(toBoard(claimsBoardFile()));

  it("opens with the board's title and has a section per analysis", () => {
    expect(markdown.startsWith("# Gap report: Claim to payment\n")).toBe(true);
    for (const heading of [
      "## Handovers",
      "## Service agreements",
      "## Roles (RACI)",
      "## Pain points",
      "## Main path",
      "## Map quality",
    ]) {
      expect(markdown).toContain(`\n${heading}\n`);
    }
  });

  it("renders the handover matrix and the core–support share as a table and a sentence", () => {
    // 2 of 6 = 33.3%
    expect(markdown).toContain("6 handovers; 2 (33.3%) between core and support.");
    expect(markdown).toContain("| Claims → Finance | 1 | Complete? → Pay claim (approved) |");
    expect(markdown).toContain("- Supply missing documents → Assess claim: Customer → Claims");
  });

  it("shows scores, weight problems, misfiled flows and RACI findings in words", () => {
    // 6700 / 90 = 74.4; task 72.5; relationship 90
    expect(markdown).toContain(
      "| Approved claims arrive complete | Claims → Finance | agreed | 74.4 | 72.5 | 90 | amber |  | 0 | Weights add up to 110, not 100. |",
    );
    expect(markdown).toContain(
      "- Claims → Customer: Supply missing documents → Assess claim now runs the other way: Customer → Claims",
    );
    expect(markdown).toContain("- Error: Assess claim has more than one A (Team lead, Payments clerk)");
    expect(markdown).toContain("- Warning: Pay claim has no R");
    expect(markdown).toContain("| Team lead | 0 | 3 |");
  });

  it("walks the main path with its measures", () => {
    expect(markdown).toContain("Receive claim → Log claim → Assess claim → Complete? → Pay claim → Claim closed");
    // 95 / 890 = 10.67%; 0.9 × 0.8 × 1.0 = 72%
    expect(markdown).toContain("| Flow efficiency | 10.7% |");
    expect(markdown).toContain("| Rolled %C&A | 72% (1 step without %C&A) |");
    expect(markdown).toContain("| Waiting in support lanes | 580 min (9.7 h) |");
    expect(markdown).toContain("Missing measures on the path: Pay claim (%C&A).");
  });

  it("ranks pain points with their votes", () => {
    expect(markdown).toContain(
      "| 1 | Nobody knows the claim's status | handover-error | Handover: Complete? → Pay claim (approved) | 4 |",
    );
    expect(markdown).toContain("| Finance | 2 | 3 |");
  });

  it("keeps vote counts out while the facilitator hides them", () => {
    const doc = createBoardDoc(claimsBoardFile());
    boardMaps(doc).meta.set(META.votesHidden, true);
    const hidden = gapReportMarkdown(readBoard(doc));
    expect(hidden).toContain("Votes are hidden until the facilitator reveals them.");
    expect(hidden).not.toContain("| Votes |");
    // Listed by id, not by votes: n-p1 first although n-p3 has the most.
    expect(hidden.indexOf("Documents requested twice")).toBeLessThan(hidden.indexOf("Nobody knows the claim's status"));
  });

  it("renders a report made earlier the same as the board, with renamed lanes when given", () => {
    const board = toBoard(claimsBoardFile());
    expect(gapReportMarkdown(gapReport(board))).toBe(gapReportMarkdown(board));
    const renamed = gapReportMarkdown(gapReport(board), { lanes: [{ id: "lf", name: "Accounts payable" }] });
    expect(renamed).toContain("| Claims → Accounts payable | 1 |");
    expect(renamed).not.toContain("| Claims → Finance |");
  });

  it("keeps pipes and line breaks in user text from breaking a table", () => {
    const file = claimsBoardFile();
    file.notes[0]!.text = "Docs | forms\nasked twice";
    expect(gapReportMarkdown(toBoard(file))).toContain("| Docs \\| forms asked twice | rework |");
  });

  it("says what is missing on a map without roles, agreements or pain", () => {
    const text = gapReportMarkdown(toBoard(onboardingBoardFile()));
    expect(text).toContain("No service agreements yet.");
    expect(text).toContain("No pain points yet.");
    expect(text).toContain("- Order spare monitor has no flow in or out");
    expect(text).toContain("- Decision Ready for day one? has 1 of 2 exits labelled");
    expect(text).toContain("- Deliver laptop lacks process time, lead time, %C&A");
  });
});
