import { describe, expect, it } from "vitest";
import { addPngText, BOARD_PNG_KEYWORD, isPng, readPngText } from "./png-text";

// A 1×1 transparent PNG.
const TINY_PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);

describe("PNG text chunks", () => {
  it("stores and reads back UTF-8 text, keeping the file a valid PNG ending in IEND", () => {
    const json = JSON.stringify({ title: "Übergabe → IT ✓", lanes: [] });
    const png = addPngText(TINY_PNG, BOARD_PNG_KEYWORD, json);
    expect(isPng(png)).toBe(true);
    expect(png.length).toBeGreaterThan(TINY_PNG.length);
    expect(String.fromCharCode(...png.subarray(png.length - 8, png.length - 4))).toBe("IEND");
    expect(readPngText(png, BOARD_PNG_KEYWORD)).toBe(json);
  });

  it("writes a correct CRC for the chunk", () => {
    const png = addPngText(TINY_PNG, "k", "v");
    // the inserted chunk sits right before IEND: length(4) type(4) data crc(4)
    const start = TINY_PNG.length - 12;
    const view = new DataView(png.buffer);
    const length = view.getUint32(start);
    const stored = view.getUint32(start + 8 + length);
    // CRC-32 of "iTXt" + "k\0\0\0\0\0v", computed independently with zlib.crc32
    expect(stored.toString(16)).toBe("21a68f71");
  });

  it("finds nothing in a PNG without the chunk, or in something that is not a PNG", () => {
    expect(readPngText(TINY_PNG, BOARD_PNG_KEYWORD)).toBeNull();
    expect(readPngText(new TextEncoder().encode("GIF89a..."), BOARD_PNG_KEYWORD)).toBeNull();
    expect(() => addPngText(new Uint8Array([1, 2, 3]), "k", "v")).toThrow(/Not a PNG/);
  });
});
