import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { isBoardId } from "../board-id";
import { errorMessage, type Logger } from "../logger";
import type { Metrics } from "../metrics";
import type { BoardStore } from "../storage/board-store";
import { boardAccess, shareableLinks, type BoardRouteDeps } from "./board-routes";
import { sendBoardExport } from "./board-exports";
import { createBoard, type CreateBoardDeps } from "./create-board";
import { HttpError, pathOf, sendError, sendJson } from "./respond";
import { listSnapshots, matchSnapshotRoute, saveSnapshot, sendSnapshot } from "./snapshot-routes";
import { requestToken } from "./request-token";
import { createStaticHandler } from "./static-files";

export interface RouterDeps extends BoardRouteDeps, CreateBoardDeps {
  store: BoardStore;
  logger: Logger;
  metrics: Metrics;
  /** When set, /metrics wants it as a bearer token. */
  metricsToken: string | undefined;
  clientDist: string;
}

const BOARD_ROUTE = /^\/api\/boards\/([^/]+)\/(export\.(?:json|bpmn|svg|csv)|report\.json|access|links)$/;

function sameSecret(given: string | null, expected: string): boolean {
  const a = Buffer.from(given ?? "");
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function allow(req: IncomingMessage, ...methods: string[]): void {
  if (!methods.includes(req.method ?? "")) throw new HttpError(405, `Use ${methods.join(" or ")} here.`);
}

/** Every HTTP request: the JSON API under /api, /healthz, and the client for everything else. */
export function createRouter(deps: RouterDeps) {
  const serveStatic = createStaticHandler(deps.clientDist);

  const route = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (path === "/healthz") {
      allow(req, "GET", "HEAD");
      const ok = await deps.store.healthy().catch(() => false);
      return sendJson(res, ok ? 200 : 503, { ok });
    }
    if (path === "/metrics") {
      allow(req, "GET");
      if (deps.metricsToken !== undefined && !sameSecret(requestToken(req), deps.metricsToken)) {
        throw new HttpError(401, "A valid metrics token is required.");
      }
      res.writeHead(200, { "content-type": "text/plain; version=0.0.4; charset=utf-8", "cache-control": "no-store" });
      res.end(deps.metrics.render());
      return;
    }
    if (path === "/api/time") {
      // Clients count the workshop timer in this clock, so screens whose own clocks are off agree.
      allow(req, "GET");
      return sendJson(res, 200, { now: Date.now() });
    }
    if (path === "/api/boards") {
      allow(req, "POST");
      return createBoard(req, res, deps);
    }
    const board = BOARD_ROUTE.exec(path);
    if (board) {
      allow(req, "GET");
      const [, boardId = "", resource] = board;
      if (!isBoardId(boardId)) throw new HttpError(404, "There is no such board.");
      if (resource === "access") return sendJson(res, 200, await boardAccess(req, boardId, deps));
      if (resource === "links") return sendJson(res, 200, await shareableLinks(req, boardId, deps));
      return sendBoardExport(req, res, boardId, resource ?? "", deps);
    }
    const snapshots = matchSnapshotRoute(path);
    if (snapshots) {
      const { boardId, snapshotId } = snapshots;
      allow(req, ...(snapshotId === undefined ? ["GET", "POST"] : ["GET"]));
      if (!isBoardId(boardId)) throw new HttpError(404, "There is no such board.");
      if (snapshotId !== undefined) return sendSnapshot(req, res, boardId, snapshotId, deps);
      return req.method === "POST" ? saveSnapshot(req, res, boardId, deps) : listSnapshots(req, res, boardId, deps);
    }
    if (path === "/api" || path.startsWith("/api/") || path.startsWith("/sync/"))
      throw new HttpError(404, "Not found.");
    allow(req, "GET", "HEAD");
    return serveStatic(req, res, path);
  };

  return (req: IncomingMessage, res: ServerResponse): void => {
    const started = Date.now();
    const path = pathOf(req);
    res.on("finish", () => {
      deps.logger.debug("http.request", { method: req.method, path, status: res.statusCode, ms: Date.now() - started });
    });
    route(req, res, path).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status >= 500) deps.logger.error("http.failed", { method: req.method, path, error: errorMessage(error) });
      if (res.headersSent) {
        res.destroy();
        return;
      }
      // Do not keep reading a body that was refused for its size.
      if (status === 413) res.setHeader("connection", "close");
      sendError(res, status, error instanceof HttpError ? error.message : "Something went wrong on the server.");
    });
  };
}
