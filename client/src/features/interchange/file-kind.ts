/** The board files Brownpaper reads back. */
export type BoardFileKind = "json" | "png" | "bpmn";

export const ACCEPTED_FILES = ".json,.png,.bpmn,.xml,application/json,image/png,application/xml,text/xml";

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/**
 * What a file is, from its first bytes (a renamed or extension-less file still opens), falling
 * back on its name; null for anything else.
 */
export function detectFileKind(name: string, head: Uint8Array): BoardFileKind | null {
  if (head.length >= 8 && PNG_SIGNATURE.every((value, i) => head[i] === value)) return "png";
  let start = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) start = 3; // UTF-8 byte order mark
  while (start < head.length && [0x20, 0x09, 0x0a, 0x0d].includes(head[start]!)) start++;
  if (head[start] === 0x7b) return "json"; // {
  if (head[start] === 0x3c) return "bpmn"; // <
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === "json") return "json";
  if (extension === "png") return "png";
  if (extension === "bpmn" || extension === "xml") return "bpmn";
  return null;
}
