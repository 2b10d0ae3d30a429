/**
 * Reading and writing UTF-8 text (`iTXt`) chunks in PNG files, so a picture of a board can
 * carry the board itself: drop the PNG back on Brownpaper and the editable map comes back.
 */
export const BOARD_PNG_KEYWORD = "Brownpaper board";

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((value, i) => bytes[i] === value);
}

interface Chunk {
  type: string;
  start: number;
  dataStart: number;
  length: number;
}

function* chunks(png: Uint8Array): Generator<Chunk> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let offset = 8;
  while (offset + 12 <= png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (offset + 12 + length > png.length) return;
    yield { type, start: offset, dataStart: offset + 8, length };
    offset += 12 + length;
  }
}

/** A copy of `png` with an uncompressed iTXt chunk holding `text` under `keyword`, before IEND. */
export function addPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  if (!isPng(png)) throw new Error("Not a PNG file.");
  const end = [...chunks(png)].find((chunk) => chunk.type === "IEND");
  if (!end) throw new Error("The PNG file has no end chunk.");
  const encoder = new TextEncoder();
  // keyword \0, compression flag 0, method 0, language "" \0, translated keyword "" \0, text
  const data = new Uint8Array([...encoder.encode(keyword), 0, 0, 0, 0, 0, ...encoder.encode(text)]);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(encoder.encode("iTXt"), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, end.start), 0);
  out.set(chunk, end.start);
  out.set(png.subarray(end.start), end.start + chunk.length);
  return out;
}

/** The text stored under `keyword` in an uncompressed iTXt or tEXt chunk, or null. */
export function readPngText(png: Uint8Array, keyword: string): string | null {
  if (!isPng(png)) return null;
  const decoder = new TextDecoder();
  for (const chunk of chunks(png)) {
    if (chunk.type !== "iTXt" && chunk.type !== "tEXt") continue;
    const data = png.subarray(chunk.dataStart, chunk.dataStart + chunk.length);
    const nul = data.indexOf(0);
    if (nul < 0 || decoder.decode(data.subarray(0, nul)) !== keyword) continue;
    if (chunk.type === "tEXt") return new TextDecoder("latin1").decode(data.subarray(nul + 1));
    if (data[nul + 1] !== 0) continue; // compressed: not what we write
    let cursor = nul + 3;
    cursor = data.indexOf(0, cursor) + 1; // language tag
    if (cursor === 0) continue;
    cursor = data.indexOf(0, cursor) + 1; // translated keyword
    if (cursor === 0) continue;
    return decoder.decode(data.subarray(cursor));
  }
  return null;
}
