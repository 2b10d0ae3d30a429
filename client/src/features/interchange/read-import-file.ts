import { BOARD_PNG_KEYWORD, importBpmn, parseBoardJson, readPngText, type BoardFile } from "@brownpaper/shared";
import { detectFileKind, type BoardFileKind } from "./file-kind";

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type ImportedFile =
  | { ok: true; kind: BoardFileKind; name: string; board: BoardFile; unmapped: string[] }
  | { ok: false; name: string; error: string };

/**
 * Reads a dropped or picked file into a validated board file. Nothing is changed here: the
 * caller decides where the board goes once the person has seen what is in it.
 */
export async function readImportFile(file: File): Promise<ImportedFile> {
  const name = file.name;
  if (file.size > MAX_IMPORT_BYTES)
    return { ok: false, name, error: `(file): over ${MAX_IMPORT_BYTES / 1024 / 1024} MB, too large to be a board` };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = detectFileKind(name, bytes.subarray(0, 64));
  if (kind === null)
    return {
      ok: false,
      name,
      error: "(file): not a Brownpaper board (.json), a PNG exported from Brownpaper, or a BPMN 2.0 file (.bpmn, .xml)",
    };
  if (kind === "bpmn") {
    const result = await importBpmn(new TextDecoder().decode(bytes));
    return result.ok
      ? { ok: true, kind, name, board: result.board, unmapped: result.unmapped }
      : { ok: false, name, error: result.error };
  }
  const text = kind === "png" ? readPngText(bytes, BOARD_PNG_KEYWORD) : new TextDecoder().decode(bytes);
  if (text === null)
    return {
      ok: false,
      name,
      error: "(file): this PNG carries no board. Only pictures exported from Brownpaper open as boards.",
    };
  const parsed = parseBoardJson(text);
  return parsed.ok
    ? { ok: true, kind, name, board: parsed.board, unmapped: [] }
    : { ok: false, name, error: parsed.error };
}
