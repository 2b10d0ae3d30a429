import * as Y from "yjs";
import { createBoardDoc, parseBoardFile, type BoardFile } from "@brownpaper/shared";
import { fileOverCaps } from "./board-caps";
import { refused, type WorkOutcome } from "./outcome";

const MAX_TITLE_LENGTH = 200;

/** What the body asks for: a blank board, a blank board with a title, or an imported file. */
type BoardSource = { file: BoardFile } | { title: string | undefined };

function parseSource(text: string, contentType: string | undefined): WorkOutcome<BoardSource> {
  if (text.trim() === "") return { ok: true, value: { title: undefined } };
  if (!/^application\/json\s*(;|$)/i.test(contentType ?? "")) {
    return refused(415, "Send the board file as application/json.");
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return refused(400, `(file): not valid JSON (${(error as Error).message})`);
  }
  if (typeof input === "object" && input !== null && !Array.isArray(input) && !("format" in input)) {
    const keys = Object.keys(input);
    const title = (input as Record<string, unknown>).title;
    if (keys.length === 0) return { ok: true, value: { title: undefined } };
    if (keys.length === 1 && typeof title === "string" && title.trim() !== "" && title.length <= MAX_TITLE_LENGTH) {
      return { ok: true, value: { title: title.trim() } };
    }
  }
  const overCaps = fileOverCaps(input);
  if (overCaps) return refused(413, overCaps);
  const parsed = parseBoardFile(input);
  if (!parsed.ok) return refused(400, parsed.error);
  return { ok: true, value: { file: parsed.board } };
}

export interface NewBoard {
  /** The new board's whole state, as the store keeps it. */
  update: Uint8Array;
  imported: boolean;
}

/**
 * The body of `POST /api/boards` made into a board: empty, titled, or imported from a board file
 * (parsed, checked against the caps, validated, written into a doc).
 */
export function boardFromBody(body: Uint8Array, contentType: string | undefined): WorkOutcome<NewBoard> {
  const source = parseSource(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8"), contentType);
  if (!source.ok) return source;
  const doc =
    "file" in source.value ? createBoardDoc(source.value.file) : createBoardDoc(undefined, source.value.title);
  try {
    return { ok: true, value: { update: Y.encodeStateAsUpdate(doc), imported: "file" in source.value } };
  } finally {
    doc.destroy();
  }
}
