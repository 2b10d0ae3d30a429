import type { IncomingMessage, ServerResponse } from "node:http";
import { exportBoardJson, SchemaTooNewError, type AccessRole } from "@brownpaper/shared";
import { verifyToken, type Secret } from "../auth/tokens";
import type { BoardStore } from "../storage/board-store";
import { loadBoardDoc } from "../sync/stored-doc";
import type { Rooms } from "../sync/rooms";
import { requestToken } from "./request-token";
import { HttpError } from "./respond";

export interface BoardRouteDeps {
  secret: Secret;
  store: BoardStore;
  rooms: Rooms;
}

/** Any valid link for this board, or 401; then the board must exist, or 404. */
export async function authorise(req: IncomingMessage, boardId: string, deps: BoardRouteDeps): Promise<AccessRole> {
  const role = verifyToken(deps.secret, boardId, requestToken(req));
  if (role === null) throw new HttpError(401, "A valid link for this board is required.");
  if (!(await deps.store.boardExists(boardId))) throw new HttpError(404, "There is no such board.");
  return role;
}

/** The board as interchange JSON: from the live doc when loaded, else rebuilt from the store. */
async function boardJson(boardId: string, deps: BoardRouteDeps): Promise<string> {
  const room = deps.rooms.peek(boardId);
  if (room) return exportBoardJson(room.doc);
  try {
    const loaded = await loadBoardDoc(deps.store, boardId);
    try {
      return exportBoardJson(loaded.doc);
    } finally {
      loaded.doc.destroy();
    }
  } catch (error) {
    if (error instanceof SchemaTooNewError) throw new HttpError(409, error.message);
    throw error;
  }
}

/** `GET /api/boards/:id/export.json` */
export async function exportBoard(req: IncomingMessage, res: ServerResponse, boardId: string, deps: BoardRouteDeps): Promise<void> {
  await authorise(req, boardId, deps);
  const json = await boardJson(boardId, deps);
  res.writeHead(200, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
    "content-disposition": `attachment; filename="${boardId}.json"`,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  res.end(json);
}

/** `GET /api/boards/:id/access`: what the presented link allows. */
export async function boardAccess(req: IncomingMessage, boardId: string, deps: BoardRouteDeps): Promise<{ role: AccessRole; boardId: string }> {
  return { role: await authorise(req, boardId, deps), boardId };
}
