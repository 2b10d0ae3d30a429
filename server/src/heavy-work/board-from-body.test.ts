import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readBoard } from "@brownpaper/shared";
import { sampleBoardFile } from "@brownpaper/shared/src/test-support/sample-board";
import { boardFromBody } from "./board-from-body";

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

function boardOf(update: Uint8Array) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return readBoard(doc);
}

describe("boardFromBody", () => {
  it("makes a blank board from no body, a titled one from a title, and imports a board file", () => {
    const blank = boardFromBody(new Uint8Array(), undefined);
    const titled = boardFromBody(json({ title: "  Onboarding " }), "application/json");
    const imported = boardFromBody(json(sampleBoardFile()), "application/json; charset=utf-8");
    if (!blank.ok || !titled.ok || !imported.ok) throw new Error("expected three boards");
    expect(blank.value.imported).toBe(false);
    expect(boardOf(titled.value.update).meta.title).toBe("Onboarding");
    expect(imported.value.imported).toBe(true);
    expect(boardOf(imported.value.update).steps).toHaveLength(sampleBoardFile().steps.length);
  });

  it("refuses a file past a cap with 413 before validating it", () => {
    // Steps that would each fail validation: the cap answers first.
    const file = { ...sampleBoardFile(), steps: new Array(50_001).fill({ broken: true }) };
    expect(boardFromBody(json(file), "application/json")).toEqual({
      ok: false,
      status: 413,
      message: "A board may hold at most 50,000 steps; this one has 50,001.",
    });
  });

  it("answers 415 for a body that is not JSON, 400 for JSON that is not a board file", () => {
    expect(boardFromBody(json(sampleBoardFile()), "text/plain")).toMatchObject({ ok: false, status: 415 });
    expect(boardFromBody(Buffer.from("{"), "application/json")).toMatchObject({ ok: false, status: 400 });
    expect(boardFromBody(json({ format: "brownpaper/board", version: 99 }), "application/json")).toMatchObject({
      ok: false,
      status: 400,
      message: expect.stringContaining("version"),
    });
  });
});
