import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { importBpmn, type BpmnImportResult } from "./import-bpmn";
import { exportBpmn } from "./export-bpmn";
import { BOARD_TEMPLATES } from "../templates";
import { parseBoardFile } from "../interchange/parse-board-file";
import { createBoardDoc } from "../interchange/import-board";
import { readBoard } from "../doc/read-board";
import type { BoardFile } from "../interchange/board-file";
import { sampleBoardFile } from "../test-support/sample-board";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function imported(result: BpmnImportResult): { board: BoardFile; unmapped: string[] } {
  if (!result.ok) throw new Error(result.error);
  return result;
}

const labelOf = (board: BoardFile, id: string) => board.steps.find((step) => step.id === id)?.label;
const edges = (board: BoardFile) =>
  board.flows
    .map((flow) => `${labelOf(board, flow.from)} -> ${labelOf(board, flow.to)}${flow.label ? ` [${flow.label}]` : ""}`)
    .sort();

describe("BPMN import of files from other tools", () => {
  it("reads a bpmn.io file: lanes, task types, a decision with labelled exits, a folded merge, layout", async () => {
    const { board, unmapped } = imported(await importBpmn(fixture("order-handling.bpmn")));
    expect(board.title).toBe("Order handling");
    expect(board.lanes.map((lane) => [lane.name, lane.height])).toEqual([
      ["Sales", 180],
      ["Warehouse", 190],
    ]);
    expect(
      board.steps.map((step) => [step.label, step.kind, board.lanes.find((l) => l.id === step.laneId)!.name]),
    ).toEqual([
      ["Order received", "start", "Sales"],
      ["Check order", "task", "Sales"],
      ["In stock?", "decision", "Sales"],
      ["Ship goods", "task", "Warehouse"],
      ["Place back order", "task", "Sales"],
      ["Order closed", "end", "Warehouse"],
    ]);
    expect(edges(board)).toEqual([
      "Check order -> In stock?",
      "In stock? -> Place back order [no]",
      "In stock? -> Ship goods [yes]",
      "Order received -> Check order",
      "Place back order -> Order closed",
      "Ship goods -> Order closed",
    ]);
    const ship = board.steps.find((step) => step.label === "Ship goods")!;
    const check = board.steps.find((step) => step.label === "Check order")!;
    expect(ship.x).toBeGreaterThan(check.x);
    expect(ship.y).toBeGreaterThanOrEqual(0);
    expect(unmapped).toEqual(
      expect.arrayContaining([
        expect.stringContaining('BoundaryEvent "Two days late"'),
        expect.stringContaining('DataObjectReference "Invoice"'),
      ]),
    );
    expect(unmapped.filter((entry) => entry.includes("Invoice") || entry.startsWith("DataObject "))).toEqual([
      expect.stringContaining("DataObjectReference"),
    ]);
  });

  it("reads a Camunda Modeler file: parallel gateways fold into branches, a timer becomes a wait, annotations become notes", async () => {
    const { board, unmapped } = imported(await importBpmn(fixture("ticket-triage.bpmn")));
    expect(board.title).toBe("IT ticket triage");
    expect(board.lanes.map((lane) => lane.name)).toEqual(["Employee", "Service desk", "IT operations"]);
    expect(board.steps.find((step) => step.label === "Vendor answers")).toMatchObject({ kind: "wait" });
    expect(edges(board)).toEqual([
      "Classify ticket -> Fix the fault",
      "Classify ticket -> Notify employee",
      "Fix the fault -> Vendor answers",
      "Notify employee -> Ticket closed",
      "Ticket raised -> Classify ticket",
      "Vendor answers -> Ticket closed",
    ]);
    expect(board.notes).toEqual([
      {
        id: "TextAnnotation_Slow",
        kind: "comment",
        text: "Vendors take days to answer",
        target: { type: "step", id: "Wait_Vendor" },
        author: "",
      },
    ]);
    expect(unmapped).toEqual([]);
  });

  it("imports a file without lanes into one lane named after the process", async () => {
    const { board } = imported(await importBpmn(fixture("no-lanes.bpmn")));
    expect(board.lanes).toEqual([{ id: "lane_1", name: "Leave request", kind: "core", order: 0, height: 160 }]);
    expect(board.steps.map((step) => step.label)).toEqual(["Leave needed", "Approve leave", "Leave booked"]);
    expect(board.steps.every((step) => step.laneId === "lane_1")).toBe(true);
  });

  it("refuses what is not BPMN with a clear message", async () => {
    expect(await importBpmn("<html><body>hello</body></html>")).toMatchObject({ ok: false });
    expect(await importBpmn("not xml at all <<<")).toMatchObject({ ok: false });
    const empty = await importBpmn(
      '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" />',
    );
    expect(empty).toEqual({ ok: false, error: "This BPMN file has no process to import." });
  });
});

describe("Brownpaper → BPMN → Brownpaper", () => {
  const cases = [
    ["sample", sampleBoardFile()] as const,
    ...BOARD_TEMPLATES.map((template) => [template.id, template.file] as const),
  ];
  it.each(cases)("keeps lanes, steps, kinds, flows, labels and the rest of %s", async (_id, file) => {
    const parsed = parseBoardFile(file);
    if (!parsed.ok) throw new Error(parsed.error);
    const original = parsed.board;
    const { board, unmapped } = imported(await importBpmn(exportBpmn(readBoard(createBoardDoc(original)))));
    expect(unmapped).toEqual([]);
    expect(board.lanes).toEqual(original.lanes);
    expect(board.steps).toEqual(original.steps);
    expect([...board.flows].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...original.flows].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(board.roles).toEqual(original.roles);
    expect(board.raci).toEqual(expect.arrayContaining(original.raci));
    expect(board.agreements).toEqual(original.agreements);
    // votes are not carried by BPMN; everything else of a note is
    expect(board.notes.map(({ votes: _votes, ...note }) => note)).toEqual(
      original.notes.map(({ votes: _votes, ...note }) => note),
    );
  });
});
