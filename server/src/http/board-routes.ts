import type { IncomingMessage } from "node:http";
import type { AccessRole } from "@brownpaper/shared";
import { verifyToken, type Secret } from "../auth/tokens";
import type { HeavyWork } from "../heavy-work/heavy-work";
import type { BoardStore } from "../storage/board-store";
import type { Rooms } from "../sync/rooms";
import { boardLinks, SHAREABLE_ROLES, type BoardLinkDeps, type BoardLinks } from "./board-links";
import { requestToken } from "./request-token";
import { HttpError } from "./respond";

export interface BoardRouteDeps {
  secret: Secret;
  store: BoardStore;
  rooms: Rooms;
  /** Where exports are made: worker threads, bounded, cached per board version. */
  heavyWork: HeavyWork;
}

/** Any valid link for this board, or 401; then the board must exist, or 404. */
export async function authorise(req: IncomingMessage, boardId: string, deps: BoardRouteDeps): Promise<AccessRole> {
  const role = verifyToken(deps.secret, boardId, requestToken(req));
  if (role === null) throw new HttpError(401, "A valid link for this board is required.");
  if (!(await deps.store.boardExists(boardId))) throw new HttpError(404, "There is no such board.");
  return role;
}

/** `GET /api/boards/:id/access`: what the presented link allows. */
export async function boardAccess(
  req: IncomingMessage,
  boardId: string,
  deps: BoardRouteDeps,
): Promise<{ role: AccessRole; boardId: string }> {
  return { role: await authorise(req, boardId, deps), boardId };
}

/**
 * `GET /api/boards/:id/links`: the links the presented one may hand on (a view link only its
 * own kind), so the Share menu works from any browser, not only the one that made the board.
 */
export async function shareableLinks(
  req: IncomingMessage,
  boardId: string,
  deps: BoardRouteDeps & BoardLinkDeps,
): Promise<{ role: AccessRole } & BoardLinks> {
  const role = await authorise(req, boardId, deps);
  return { role, ...boardLinks(req, boardId, SHAREABLE_ROLES[role], deps) };
}
