import { describe, expect, it } from "vitest";
import { readBoard } from "../doc/read-board";
import { boardMaps } from "../doc/layout";
import { createBoardDoc } from "../interchange/import-board";
import { exportBoardJson } from "../interchange/export-board";
import { parseBoardFile } from "../interchange/parse-board-file";
import { gapReport } from "../analytics/gap-report";
import { gapReportMarkdown } from "../analytics/gap-report-markdown";
import { actionsReport, isOverdue } from "../analytics/actions";
import { addLane } from "./lanes";
import { addStep } from "./steps";
import { addAgreement, deleteAgreement } from "./agreements";
import { addNote, deleteNote, updateAction } from "./notes";

function painBoard() {
  const doc = createBoardDoc();
  const it = addLane(doc, { name: "IT", kind: "support" });
  const ops = addLane(doc, { name: "Operations" });
  const step = addStep(doc, { laneId: ops, label: "Order laptop", x: 0 });
  const pain = addNote(doc, {
    kind: "pain",
    text: "Laptops take two weeks",
    target: { type: "step", id: step },
    author: "Sam",
  });
  const agreement = addAgreement(doc, { providerLaneId: it, customerLaneId: ops, flowIds: [] });
  return { doc, step, pain, agreement };
}

describe("actions", () => {
  it("are raised from a pain point or an agreement with an owner, a due date and status open", () => {
    const { doc, pain, agreement } = painBoard();
    const fromPain = addNote(doc, {
      kind: "action",
      text: "Keep five laptops in stock",
      target: { type: "note", id: pain },
      author: "Sam",
      owner: "IT lead",
      due: "2026-12-01",
    });
    addNote(doc, {
      kind: "action",
      text: "Review the SLA",
      target: { type: "agreement", id: agreement },
      author: "Kim",
    });
    const actions = readBoard(doc).notes.filter((note) => note.kind === "action");
    expect(actions.find((note) => note.id === fromPain)).toMatchObject({
      target: { type: "note", id: pain },
      owner: "IT lead",
      due: "2026-12-01",
      status: "open",
    });
    expect(actions).toHaveLength(2);
  });

  it("refuse a bad due date, an unknown status, a missing target and action fields on other notes", () => {
    const { doc, pain } = painBoard();
    const action = (fields: object) => () =>
      addNote(doc, { kind: "action", text: "x", target: { type: "note", id: pain }, author: "", ...fields });
    expect(action({ due: "next week" })).toThrow(/2027-01-31/);
    expect(action({ status: "maybe" })).toThrow(/Unknown action status/);
    expect(() => addNote(doc, { kind: "action", text: "x", target: { type: "note", id: "gone" }, author: "" })).toThrow(
      /no longer exists/,
    );
    expect(() => updateAction(doc, pain, { status: "done" })).toThrow(/Only actions/);
  });

  it("go with the pain point or agreement they were raised from", () => {
    const { doc, pain, agreement } = painBoard();
    addNote(doc, { kind: "action", text: "a", target: { type: "note", id: pain }, author: "" });
    addNote(doc, { kind: "action", text: "b", target: { type: "agreement", id: agreement }, author: "" });
    deleteNote(doc, pain);
    expect(readBoard(doc).notes.map((note) => note.text)).toEqual(["b"]);
    deleteAgreement(doc, agreement);
    expect(readBoard(doc).notes).toEqual([]);
  });

  it("drop out of a board snapshot when the pain point under them is gone (a peer deleted it meanwhile)", () => {
    const { doc, pain } = painBoard();
    addNote(doc, { kind: "action", text: "orphan", target: { type: "note", id: pain }, author: "" });
    boardMaps(doc).notes.delete(pain);
    expect(readBoard(doc).notes).toEqual([]);
  });

  it("are overdue when not done and due before today, and listed overdue first in the report and the Markdown", () => {
    const { doc, pain } = painBoard();
    const late = addNote(doc, {
      kind: "action",
      text: "Late one",
      target: { type: "note", id: pain },
      author: "",
      owner: "Ines",
      due: "2026-12-02",
    });
    const today = addNote(doc, {
      kind: "action",
      text: "Due today",
      target: { type: "board", id: "board" },
      author: "",
      due: "2026-12-03",
    });
    const finished = addNote(doc, {
      kind: "action",
      text: "Finished",
      target: { type: "board", id: "board" },
      author: "",
      due: "2026-01-01",
    });
    updateAction(doc, finished, { status: "done" });
    updateAction(doc, today, { status: "doing", owner: "Otto" });
    expect(isOverdue({ status: "open", due: "" }, "2026-12-03")).toBe(false);
    const report = actionsReport(readBoard(doc), "2026-12-03");
    expect(report).toMatchObject({ open: 1, doing: 1, done: 1, overdue: [late] });
    expect(report.items.map((item) => item.id)[0]).toBe(late);
    expect(gapReport(readBoard(doc), "2026-12-03").actions.overdue).toEqual([late]);
    const markdown = gapReportMarkdown(gapReport(readBoard(doc), "2026-12-03"));
    expect(markdown).toContain("## Actions");
    expect(markdown).toContain(
      "| Late one | Ines | **2026-12-02 (overdue)** | open | pain point “Laptops take two weeks” |",
    );
  });

  it("survive export and import unchanged, on a pain point and on an agreement", () => {
    const { doc, pain, agreement } = painBoard();
    addNote(doc, {
      kind: "action",
      text: "a",
      target: { type: "note", id: pain },
      author: "",
      owner: "IT",
      due: "2027-01-31",
    });
    addNote(doc, { kind: "action", text: "b", target: { type: "agreement", id: agreement }, author: "" });
    const text = exportBoardJson(doc);
    const parsed = parseBoardFile(JSON.parse(text));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(exportBoardJson(createBoardDoc(parsed.board))).toBe(text);
    const file = JSON.parse(text);
    file.notes.find((note: { text: string }) => note.text === "a").target.id = "missing";
    expect(parseBoardFile(file)).toMatchObject({ ok: false, error: expect.stringContaining('unknown note "missing"') });
  });
});
