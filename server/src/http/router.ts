import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { isBoardId } from "../board-id";
import type { HttpLimits } from "../config";
import { errorMessage, type Logger } from "../logger";
import type { Metrics } from "../metrics";
import type { BoardStore } from "../storage/board-store";
import { clientAddress } from "../sync/admission";
import { boardAccess, shareableLinks, type BoardRouteDeps } from "./board-routes";
import { sendBoardExport } from "./board-exports";
import { createBoard, type CreateBoardDeps } from "./create-board";
import { CreationRate } from "./creation-rate";
import { DiskFloor } from "./disk-space";
import { createHealthCheck } from "./health";
import { OneAtATime } from "./one-at-a-time";
import { HttpError, pathOf, RequestAbortedError, sendError, sendJson, setBodyDeadline } from "./respond";
import { securityHeaders, setSecurityHeaders } from "./security-headers";
import { listSnapshots, matchSnapshotRoute, saveSnapshot, sendSnapshot } from "./snapshot-routes";
import { requestToken } from "./request-token";
import { createStaticHandler } from "./static-files";
import { matchReviewRoute, REVIEW_RESPONSES_PER_MINUTE, serveReviewRoute } from "../reviews/review-routes";
import type { ReviewStore } from "../reviews/review-store";

export interface RouterDeps extends BoardRouteDeps, CreateBoardDeps {
  store: BoardStore;
  logger: Logger;
  metrics: Metrics;
  /** When set, /metrics wants it as a bearer token. */
  metricsToken: string | undefined;
  clientDist: string;
  dataDir: string;
  trustProxy: boolean;
  limits: HttpLimits;
  /** Review rounds while open (issue 14), beside the boards. */
  reviews: ReviewStore;
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
  const headers = securityHeaders(deps.publicUrl);
  const creations = new CreationRate(deps.limits.boardCreationsPerMinute);
  const diskFloor = new DiskFloor(deps.dataDir, deps.limits.diskFreeFloorBytes);
  const health = createHealthCheck({
    store: deps.store,
    diskFloor,
    dataDir: deps.dataDir,
    timeoutMs: deps.limits.healthTimeoutMs,
  });
  const snapshotDeps = { ...deps, diskFloor, snapshotSaves: new OneAtATime() };
  const reviewDeps = {
    ...deps,
    responseRate: new CreationRate(REVIEW_RESPONSES_PER_MINUTE),
    responsesPerMinute: REVIEW_RESPONSES_PER_MINUTE,
  };

  const route = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (path === "/healthz") {
      allow(req, "GET", "HEAD");
      const answer = await health();
      return sendJson(res, answer.ok ? 200 : 503, answer);
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
      const rate = creations.take(clientAddress(req, deps.trustProxy));
      if (!rate.ok) {
        throw new HttpError(
          429,
          `This address has created ${deps.limits.boardCreationsPerMinute} boards in the last minute, the most it may (BOARD_CREATIONS_PER_MINUTE); try again in ${rate.retryAfterSeconds} s.`,
          { headers: { "retry-after": String(rate.retryAfterSeconds) }, reason: "http_creation_rate" },
        );
      }
      await diskFloor.assertRoom();
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
      return req.method === "POST"
        ? saveSnapshot(req, res, boardId, snapshotDeps)
        : listSnapshots(req, res, boardId, deps);
    }
    const review = matchReviewRoute(path);
    if (review) return serveReviewRoute(req, res, review, reviewDeps);
    if (path === "/api" || path.startsWith("/api/") || path.startsWith("/sync/"))
      throw new HttpError(404, "Not found.");
    allow(req, "GET", "HEAD");
    return serveStatic(req, res, path);
  };

  return (req: IncomingMessage, res: ServerResponse): void => {
    const started = Date.now();
    const path = pathOf(req);
    setSecurityHeaders(res, headers);
    setBodyDeadline(req, deps.limits.bodyTimeoutMs);
    res.on("finish", () => {
      deps.logger.debug("http.request", { method: req.method, path, status: res.statusCode, ms: Date.now() - started });
    });
    route(req, res, path).catch((error: unknown) => {
      if (error instanceof RequestAbortedError) {
        deps.logger.debug("http.aborted", { method: req.method, path });
        res.destroy();
        return;
      }
      const status = error instanceof HttpError ? error.status : 500;
      if (error instanceof HttpError && error.reason !== undefined) deps.metrics.reject(error.reason);
      if (status >= 500) deps.logger.error("http.failed", { method: req.method, path, error: errorMessage(error) });
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpError)
        for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
      // Do not keep reading a body that was refused for its size or that is too slow to come.
      if (status === 413 || status === 408) res.setHeader("connection", "close");
      sendError(res, status, error instanceof HttpError ? error.message : "Something went wrong on the server.");
    });
  };
}
