import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { addPngText, BOARD_PNG_KEYWORD, BOARD_TEMPLATES } from "@brownpaper/shared";
import { readImportFile } from "./read-import-file";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../shared/src/bpmn/fixtures/${name}`, import.meta.url), "utf8");
const template = BOARD_TEMPLATES[0]!;
// The smallest PNG: 1×1, one grey pixel.
const TINY_PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg=="),
  (char) => char.charCodeAt(0),
);

describe("reading a file to import", () => {
  it("reads a board file", async () => {
    const result = await readImportFile(new File([JSON.stringify(template.file)], "board.json"));
    expect(result).toMatchObject({ ok: true, kind: "json", unmapped: [] });
    if (result.ok) expect(result.board.title).toBe(template.name);
  });

  it("reads the board a Brownpaper PNG carries, and says so when a PNG carries none", async () => {
    const png = addPngText(TINY_PNG, BOARD_PNG_KEYWORD, JSON.stringify(template.file));
    const result = await readImportFile(new File([png as Uint8Array<ArrayBuffer>], "map.png"));
    expect(result).toMatchObject({ ok: true, kind: "png" });
    const plain = await readImportFile(new File([TINY_PNG], "photo.png"));
    expect(plain).toMatchObject({ ok: false, error: expect.stringContaining("carries no board") });
  });

  it("lists what a BPMN file holds that a map cannot", async () => {
    const result = await readImportFile(new File([fixture("order-handling.bpmn")], "order-handling.bpmn"));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.kind).toBe("bpmn");
      expect(result.unmapped).toEqual(expect.arrayContaining([expect.stringContaining("Two days late")]));
    }
  });

  it("names the bad field of a broken board file, and refuses what is no board at all", async () => {
    const broken = JSON.parse(JSON.stringify(template.file)) as { flows: Array<{ from: string }> };
    broken.flows[0]!.from = "nowhere";
    expect(await readImportFile(new File([JSON.stringify(broken)], "b.json"))).toEqual({
      ok: false,
      name: "b.json",
      error: 'flows[0].from: unknown step "nowhere"',
    });
    expect(await readImportFile(new File(["{ nope"], "b.json"))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^\(file\): not valid JSON/),
    });
    expect(await readImportFile(new File(["PK\u0003\u0004"], "slides.pptx"))).toMatchObject({
      ok: false,
      error: expect.stringContaining("not a Brownpaper board"),
    });
  });
});
