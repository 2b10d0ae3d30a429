import { describe, expect, it } from "vitest";
import { gapReport } from "./gap-report";
import { gapReportMarkdown } from "./gap-report-markdown";
import { handoverGrid } from "./handover-grid";
import { claimsBoardFile } from "./fixtures/claims-board";
import { toBoard } from "./fixtures/to-board";

const claimsReport = () => gapReport(toBoard(claimsBoardFile()));
const counts = (grid: ReturnType<typeof handoverGrid>) => grid.rows.map((row) => row.cells.map((cell) => cell.count));

describe("handover grid", () => {
  it("puts provider lanes down and customer lanes across, with a count in every cell", () => {
    const report = claimsReport();
    const grid = handoverGrid(report.handovers, report.names.lanes);
    // Lanes lc, lk, lf, lu. f02 lc→lk; f05 lk→lc, f04 lk→lf, f06 lk→lu; f08 lf→lc; f07 lu→lk.
    expect(grid.laneIds).toEqual(["lc", "lk", "lf", "lu"]);
    expect(counts(grid)).toEqual([
      [0, 1, 0, 0],
      [1, 0, 1, 1],
      [1, 0, 0, 0],
      [0, 1, 0, 0],
    ]);
    expect(grid.rows[1]!.cells[2]).toEqual({
      providerLaneId: "lk",
      customerLaneId: "lf",
      flowIds: ["f04"],
      count: 1,
      crossesCoreSupport: true,
      sameLane: false,
    });
  });

  it("marks the diagonal and the cells between core and support, either way, counted or not", () => {
    const report = claimsReport();
    const grid = handoverGrid(report.handovers, report.names.lanes);
    expect(grid.rows.map((row) => row.cells.map((cell) => cell.sameLane))).toEqual([
      [true, false, false, false],
      [false, true, false, false],
      [false, false, true, false],
      [false, false, false, true],
    ]);
    // Core lanes lc and lk, support lane lf; the customer lane lu crosses nothing.
    const crossing = grid.rows.flatMap((row) =>
      row.cells
        .filter((cell) => cell.crossesCoreSupport)
        .map((cell) => `${cell.providerLaneId}→${cell.customerLaneId}`),
    );
    expect(crossing).toEqual(["lc→lf", "lk→lf", "lf→lc", "lf→lk"]);
  });

  it("leaves out lanes that neither hand over nor receive", () => {
    const file = claimsBoardFile();
    file.lanes.push({ id: "ll", name: "Legal", kind: "support", order: 4, height: 160 });
    const report = gapReport(toBoard(file));
    expect(handoverGrid(report.handovers, report.names.lanes).laneIds).toEqual(["lc", "lk", "lf", "lu"]);
  });

  it("is empty on a board without handovers", () => {
    expect(handoverGrid({ laneIds: ["a", "b"], pairs: [] }, [])).toEqual({ laneIds: [], rows: [] });
  });
});

describe("handover grid in the Markdown report", () => {
  it("is a table of counts with each lane's kind, dots for no handover and bold core–support counts", () => {
    const markdown = gapReportMarkdown(toBoard(claimsBoardFile()));
    expect(markdown).toContain(
      [
        "| Provider ↓ · customer → | Customer service (core) | Claims (core) | Finance (support) | Customer (customer) |",
        "| --- | --- | --- | --- | --- |",
        "| Customer service (core) | — | 1 | · | · |",
        "| Claims (core) | 1 | — | **1** | 1 |",
        "| Finance (support) | **1** | · | — | · |",
        "| Customer (customer) | · | 1 | · | — |",
      ].join("\n"),
    );
  });

  it("keeps the list of lane pairs below the grid, and leaves the grid out when nothing is handed over", () => {
    const markdown = gapReportMarkdown(toBoard(claimsBoardFile()));
    expect(markdown.indexOf("| Provider ↓ · customer →")).toBeLessThan(
      markdown.indexOf("| Provider → customer | Handovers | Flows |"),
    );
    const file = claimsBoardFile();
    file.flows = file.flows.filter((flow) => flow.id === "f01");
    expect(gapReportMarkdown(toBoard(file))).not.toContain("Provider ↓ · customer →");
  });
});
