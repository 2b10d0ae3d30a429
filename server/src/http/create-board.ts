import type { IncomingMessage, ServerResponse } from "node:http";
import * as Y from "yjs";
import { ACCESS_ROLES, createBoardDoc, parseBoardFile, type BoardFile } from "@brownpaper/shared";
import type { Secret } from "../auth/tokens";
import { newBoardId } from "../board-id";
import type { Logger } from "../logger";
import type { BoardStore } from "../storage/board-store";
import { boardLinks } from "./board-links";
import { HttpError, readBody, sendJson } from "./respond";

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const MAX_TITLE_LENGTH = 200;

export interface CreateBoardDeps {
  secret: Secret;
  store: BoardStore;
  logger: Logger;
  publicUrl: string | undefined;
  fallbackHost: string;
}

/** What the body asks for: a blank board, a blank board with a title, or an imported file. */
type BoardSource = { file: BoardFile } | { title: string | undefined };

function parseSource(body: Buffer, contentType: string | undefined): BoardSource {
  if (body.toString("utf8").trim() === "") return { title: undefined };
  if (!/^application\/json\s*(;|$)/i.test(contentType ?? "")) {
    throw new HttpError(415, "Send the board file as application/json.");
  }
  let input: unknown;
  try {
    input = JSON.parse(body.toString("utf8"));
  } catch (error) {
    throw new HttpError(400, `(file): not valid JSON (${(error as Error).message})`);
  }
  if (typeof input === "object" && input !== null && !Array.isArray(input) && !("format" in input)) {
    const keys = Object.keys(input);
    const title = (input as Record<string, unknown>).title;
    if (keys.length === 0) return { title: undefined };
    if (keys.length === 1 && typeof title === "string" && title.trim() !== "" && title.length <= MAX_TITLE_LENGTH) {
      return { title: title.trim() };
    }
  }
  const parsed = parseBoardFile(input);
  if (!parsed.ok) throw new HttpError(400, parsed.error);
  return { file: parsed.board };
}

/**
 * `POST /api/boards`: creates a board, empty or from an interchange file, and answers its three
 * links. The token sits in the URL fragment so it never reaches a server log or a Referer.
 */
export async function createBoard(req: IncomingMessage, res: ServerResponse, deps: CreateBoardDeps): Promise<void> {
  const source = parseSource(await readBody(req, MAX_IMPORT_BYTES), req.headers["content-type"]);
  const doc = "file" in source ? createBoardDoc(source.file) : createBoardDoc(undefined, source.title);
  const boardId = newBoardId();
  try {
    await deps.store.createBoard(boardId, Y.encodeStateAsUpdate(doc));
  } finally {
    doc.destroy();
  }
  const links = boardLinks(req, boardId, ACCESS_ROLES, deps);
  deps.logger.info("board.created", { boardId, imported: "file" in source });
  sendJson(res, 201, { id: boardId, ...links });
}
