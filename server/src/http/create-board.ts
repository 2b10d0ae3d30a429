import type { IncomingMessage, ServerResponse } from "node:http";
import { ACCESS_ROLES } from "@brownpaper/shared";
import type { Secret } from "../auth/tokens";
import { newBoardId } from "../board-id";
import type { HeavyWork } from "../heavy-work/heavy-work";
import type { Logger } from "../logger";
import type { BoardStore } from "../storage/board-store";
import { boardLinks } from "./board-links";
import { readBody, sendJson } from "./respond";

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export interface CreateBoardDeps {
  secret: Secret;
  store: BoardStore;
  logger: Logger;
  publicUrl: string | undefined;
  fallbackHost: string;
  /** Parses, validates and builds imported boards in worker threads. */
  heavyWork: HeavyWork;
}

/**
 * `POST /api/boards`: creates a board, empty or from an interchange file, and answers its three
 * links. The token sits in the URL fragment so it never reaches a server log or a Referer.
 */
export async function createBoard(req: IncomingMessage, res: ServerResponse, deps: CreateBoardDeps): Promise<void> {
  const body = await readBody(req, MAX_IMPORT_BYTES);
  const board = await deps.heavyWork.createBoard(body, req.headers["content-type"]);
  const boardId = newBoardId();
  await deps.store.createBoard(boardId, board.update);
  const links = boardLinks(req, boardId, ACCESS_ROLES, deps);
  deps.logger.info("board.created", { boardId, imported: board.imported });
  sendJson(res, 201, { id: boardId, ...links });
}
