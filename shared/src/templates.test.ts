import { describe, expect, it } from "vitest";
import { BOARD_TEMPLATES } from "./templates";
import { parseBoardFile } from "./interchange/parse-board-file";
import { createBoardDoc } from "./interchange/import-board";
import { exportBoard, exportBoardJson } from "./interchange/export-board";
import { deriveHandovers } from "./handovers";
import { readBoard } from "./doc/read-board";

describe.each(BOARD_TEMPLATES.map((template) => [template.id, template] as const))("template %s", (_id, template) => {
  it("imports cleanly and exports exactly the shipped file", () => {
    const result = parseBoardFile(template.file);
    if (!result.ok) throw new Error(result.error);
    expect(exportBoard(createBoardDoc(result.board))).toEqual(template.file);
  });

  it("round-trips through JSON unchanged", () => {
    const result = parseBoardFile(template.file);
    if (!result.ok) throw new Error(result.error);
    const text = exportBoardJson(createBoardDoc(result.board));
    const again = parseBoardFile(JSON.parse(text));
    if (!again.ok) throw new Error(again.error);
    expect(exportBoardJson(createBoardDoc(again.board))).toBe(text);
  });

  it("is a realistic map: several lanes, handovers between them, pain points with votes", () => {
    const result = parseBoardFile(template.file);
    if (!result.ok) throw new Error(result.error);
    const board = readBoard(createBoardDoc(result.board));
    expect(board.lanes.length).toBeGreaterThanOrEqual(3);
    expect(deriveHandovers(board).length).toBeGreaterThanOrEqual(4);
    expect(board.steps.some((step) => step.kind === "start")).toBe(true);
    expect(board.steps.some((step) => step.kind === "end")).toBe(true);
    expect(board.notes.filter((note) => note.kind === "pain" && Object.keys(note.votes ?? {}).length > 0).length).toBeGreaterThanOrEqual(2);
  });
});
