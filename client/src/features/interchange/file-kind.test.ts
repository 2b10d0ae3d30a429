import { describe, expect, it } from "vitest";
import { detectFileKind } from "./file-kind";

const text = (value: string) => new TextEncoder().encode(value);

describe("what kind of file was dropped", () => {
  it("knows a PNG by its signature whatever its name", () => {
    expect(detectFileKind("map.bin", new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 0]))).toBe("png");
  });

  it("knows JSON and XML by their first character, after a byte order mark or blank lines", () => {
    expect(detectFileKind("board", text('\n  {"format":'))).toBe("json");
    expect(detectFileKind("board.txt", new Uint8Array([0xef, 0xbb, 0xbf, ...text("{}")]))).toBe("json");
    expect(detectFileKind("diagram.bpmn", text('<?xml version="1.0"?>'))).toBe("bpmn");
    expect(detectFileKind("export", text("\r\n<bpmn:definitions"))).toBe("bpmn");
  });

  it("falls back on the extension, and refuses what it cannot read", () => {
    expect(detectFileKind("Board.JSON", text(""))).toBe("json");
    expect(detectFileKind("process.xml", text(""))).toBe("bpmn");
    expect(detectFileKind("photo.png", text("GIF89a"))).toBe("png");
    expect(detectFileKind("notes.docx", text("PK\u0003\u0004"))).toBeNull();
  });
});
