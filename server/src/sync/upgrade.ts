import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { randomBytes } from "node:crypto";
import type { WebSocketServer } from "ws";
import { parseSyncRoom } from "@brownpaper/shared";
import { verifyToken, type Secret } from "../auth/tokens";
import { isBoardId } from "../board-id";
import { syncToken } from "../http/request-token";
import type { Limits } from "../config";
import { errorMessage, type Logger } from "../logger";
import type { Metrics } from "../metrics";
import type { BoardStore } from "../storage/board-store";
import { clientAddress, type ConnectionAdmission } from "./admission";
import { CLOSE } from "./close-codes";
import { Connection } from "./connection";
import type { Rooms } from "./rooms";
import { ensureFacilitationDoc } from "./stored-doc";

export interface UpgradeDeps {
  secret: Secret;
  store: BoardStore;
  rooms: Rooms;
  wss: WebSocketServer;
  logger: Logger;
  metrics: Metrics;
  limits: Limits;
  admission: ConnectionAdmission;
  maxMessageBytes: number;
  trustProxy: boolean;
  /** Every connection, once open; the server's heartbeat and gauges read it. */
  connections: Set<Connection>;
  /** False once shutdown has begun. */
  accepting: () => boolean;
}

const SYNC_PATH = /^\/sync\/([^/]+)$/;

const STATUS_TEXT: Record<number, string> = {
  401: "Unauthorized",
  404: "Not Found",
  503: "Service Unavailable",
};

/** Answers a refused upgrade with a plain HTTP response, as browsers and `ws` expect. */
function refuse(socket: Duplex, status: number): void {
  if (socket.destroyed) return;
  const body = STATUS_TEXT[status] ?? "Error";
  socket.once("finish", () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${body}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/**
 * `GET /sync/<boardId>` → WebSocket, the token in `Sec-WebSocket-Protocol` or `?token=` (see
 * syncToken). The token and the board are checked before the
 * socket is accepted: a refused client never gets to send a single frame.
 */
export function createUpgradeHandler(deps: UpgradeDeps) {
  return (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on("error", (error) => deps.logger.debug("upgrade.socket_error", { error: errorMessage(error) }));
    if (!deps.accepting()) return refuse(socket, 503);
    const url = new URL(request.url ?? "/", "http://localhost");
    const room = SYNC_PATH.exec(url.pathname)?.[1];
    if (room === undefined) return refuse(socket, 404);
    // A board's room, or its facilitation room `<boardId>.facilitation`; both open with the board's links.
    const { boardId, facilitation } = parseSyncRoom(room);
    if (!isBoardId(boardId)) return refuse(socket, 404);
    const role = verifyToken(deps.secret, boardId, syncToken(request));
    if (role === null) {
      deps.logger.info("upgrade.refused", { boardId, status: 401 });
      return refuse(socket, 401);
    }
    // A board in memory is served from memory: watchers and joiners of a loaded board do not
    // wait for a database that has stalled.
    const loaded = deps.rooms.peek(room) !== undefined;
    const ready = async (): Promise<boolean> => {
      if (loaded) return true;
      if (!(await deps.store.boardExists(boardId))) return false;
      if (facilitation) await ensureFacilitationDoc(deps.store, room);
      return true;
    };
    ready().then(
      (exists) => {
        if (!exists) return refuse(socket, 404);
        if (socket.destroyed) return;
        if (!deps.accepting()) return refuse(socket, 503);
        deps.wss.handleUpgrade(request, socket, head, (ws) => {
          const ip = clientAddress(request, deps.trustProxy);
          const connection = new Connection({
            ws,
            id: `c_${randomBytes(6).toString("base64url")}`,
            boardId: room,
            role,
            ip,
            logger: deps.logger,
            metrics: deps.metrics,
            limits: deps.limits,
            maxMessageBytes: deps.maxMessageBytes,
            onReject: (reason) => deps.admission.closedFor(ip, reason),
          });
          deps.metrics.connectionsOpened++;
          deps.connections.add(connection);
          connection.onClose(() => deps.connections.delete(connection));
          deps.logger.info("connection.opened", { boardId: room, connId: connection.id, role, ip });
          // Refused after the handshake, not before, so the client gets a close code saying why.
          const admission = deps.admission.admit(room, ip);
          if (!admission.ok) return connection.reject(admission.reason, CLOSE.tryAgainLater, admission.message);
          connection.onClose(admission.release);
          deps.rooms.join(connection);
        });
      },
      (error: unknown) => {
        // The store failed or timed out (DATABASE_QUERY_TIMEOUT_MS). Told as a close code rather
        // than an HTTP status, which a browser only sees as "could not connect".
        deps.logger.error("upgrade.store_failed", { boardId, error: errorMessage(error) });
        if (socket.destroyed) return;
        if (!deps.accepting()) return refuse(socket, 503);
        deps.wss.handleUpgrade(request, socket, head, (ws) =>
          ws.close(CLOSE.internalError, "board could not be loaded"),
        );
      },
    );
  };
}
