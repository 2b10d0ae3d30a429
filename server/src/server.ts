import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import type * as Y from "yjs";
import type { Config } from "./config";
import { capConnectionsPerAddress } from "./http/connection-cap";
import { pickSyncProtocol } from "./http/request-token";
import { HeavyWork } from "./heavy-work/heavy-work";
import { createRouter } from "./http/router";
import { reviewStoreFor } from "./reviews/review-store-for";
import { createLogger, type Logger } from "./logger";
import { Metrics } from "./metrics";
import { openBus } from "./scale/open-bus";
import type { BoardBus } from "./scale/board-bus";
import type { BoardStore } from "./storage/board-store";
import { openStore } from "./storage/open-store";
import { ConnectionAdmission } from "./sync/admission";
import { CLOSE, type Connection } from "./sync/connection";
import { Rooms } from "./sync/rooms";
import { UpdateTrial } from "./sync/update-trial";
import { createUpgradeHandler } from "./sync/upgrade";

export interface RunningServer {
  port: number;
  /** Where this process listens, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** Stops accepting, stores pending updates, closes sockets with 1001, closes the store. */
  close(): Promise<void>;
  /** The doc of a board while it is in memory (for tests: unloading must let it go). */
  loadedBoard(boardId: string): Y.Doc | undefined;
}

export interface ServerOptions {
  /** Defaults to PostgreSQL at `config.databaseUrl`, else SQLite in `config.dataDir`. The server closes it on `close()`. */
  store?: BoardStore;
  /** Defaults to Redis at `config.redisUrl`, else LocalBus. The server closes it on `close()`. */
  bus?: BoardBus;
  logger?: Logger;
}

/** How long clients get to answer the 1001 close before their sockets are dropped. */
const CLOSE_GRACE_MS = 2000;

function localUrl(host: string, port: number): string {
  if (host === "0.0.0.0" || host === "::" || host === "") return `http://localhost:${port}`;
  return host.includes(":") ? `http://[${host}]:${port}` : `http://${host}:${port}`;
}

export async function startServer(config: Config, options: ServerOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const store = options.store ?? (await openStore(config)).store;
  let bus: BoardBus;
  try {
    bus = options.bus ?? (await openBus(config, logger));
  } catch (error) {
    await store.close();
    throw error;
  }
  const { limits } = config;
  const metrics = new Metrics();
  const trial = new UpdateTrial(limits.updateTrialTimeoutMs, logger);
  const heavyWork = new HeavyWork(limits, logger);
  const rooms = new Rooms({
    store,
    bus,
    logger,
    metrics,
    limits,
    trial,
    compactEvery: config.compactEvery,
    unloadDelayMs: config.roomUnloadDelayMs,
    presenceWaitMs: config.presenceWaitMs,
  });
  const connections = new Set<Connection>();
  metrics.setGauges({ openConnections: () => connections.size, loadedBoards: () => rooms.loadedCount });
  // No per-message compression: a small compressed frame could inflate past any size check.
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: config.maxMessageBytes,
    perMessageDeflate: false,
    handleProtocols: pickSyncProtocol,
  });
  let accepting = true;

  const http = createServer({
    headersTimeout: limits.headersTimeoutMs,
    // A backstop behind the router's own body deadline (408), for requests whose body no route reads.
    requestTimeout: Math.max(limits.headersTimeoutMs, limits.bodyTimeoutMs) + 5000,
    connectionsCheckingInterval: Math.min(30_000, Math.max(250, Math.floor(limits.headersTimeoutMs / 4))),
  });
  http.maxConnections = limits.maxHttpConnections;
  if (!config.trustProxy) capConnectionsPerAddress(http, limits.maxHttpConnectionsPerIp, logger, metrics);
  http.on(
    "upgrade",
    createUpgradeHandler({
      secret: config.secret,
      store,
      rooms,
      wss,
      logger,
      metrics,
      limits,
      admission: new ConnectionAdmission(limits),
      maxMessageBytes: config.maxMessageBytes,
      trustProxy: config.trustProxy,
      connections,
      accepting: () => accepting,
    }),
  );
  const heartbeat =
    limits.pingIntervalMs > 0
      ? setInterval(() => connections.forEach((c) => c.heartbeat()), limits.pingIntervalMs)
      : null;
  heartbeat?.unref();
  http.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    // Headers that did not arrive within HEADERS_TIMEOUT_MS (or a request past requestTimeout).
    if (error.code === "ERR_HTTP_REQUEST_TIMEOUT" && socket.writable)
      socket.end("HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    else if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    else socket.destroy();
  });

  try {
    await new Promise<void>((resolve, reject) => {
      http.once("error", reject);
      http.listen(config.port, config.host, () => {
        http.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    if (heartbeat) clearInterval(heartbeat);
    await trial.close();
    await heavyWork.close();
    await bus.close();
    await store.close();
    throw error;
  }
  const port = (http.address() as AddressInfo).port;
  const url = localUrl(config.host, port);
  http.on(
    "request",
    createRouter({
      secret: config.secret,
      store,
      rooms,
      logger,
      metrics,
      metricsToken: config.metricsToken,
      clientDist: config.clientDist,
      dataDir: config.dataDir,
      trustProxy: config.trustProxy,
      limits,
      publicUrl: config.publicUrl,
      fallbackHost: new URL(url).host,
      heavyWork,
      reviews: reviewStoreFor(store),
    }),
  );

  let closing: Promise<void> | null = null;
  const close = async (): Promise<void> => {
    accepting = false;
    if (heartbeat) clearInterval(heartbeat);
    const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
    // Keep-alive connections become idle once their response is out; close them as they do.
    http.closeIdleConnections();
    const idleSweep = setInterval(() => http.closeIdleConnections(), 25);
    await rooms.closeAll();
    for (const ws of wss.clients) ws.close(CLOSE.goingAway, "going away");
    const grace = setTimeout(() => {
      for (const ws of wss.clients) ws.terminate();
      http.closeAllConnections();
    }, CLOSE_GRACE_MS);
    await stopped;
    clearTimeout(grace);
    clearInterval(idleSweep);
    wss.close();
    await trial.close();
    await heavyWork.close();
    await bus.close();
    await store.close();
    logger.info("server.stopped", { url });
  };

  return {
    port,
    url,
    close: () => (closing ??= close()),
    loadedBoard: (boardId) => rooms.peek(boardId)?.doc,
  };
}
