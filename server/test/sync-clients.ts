import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { readBoard, type Board } from "@brownpaper/shared";
import type { TestServer } from "./test-server";
import { waitFor } from "./wait";

export interface SyncClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  board(): Board;
}

/**
 * Opens real y-websocket clients and raw sockets against a test server, and closes them all
 * (then the servers) in `cleanup`. BroadcastChannel is off: clients in one process would
 * otherwise sync with each other without the server.
 */
export class SyncClients {
  private readonly providers: WebsocketProvider[] = [];
  private readonly sockets: WebSocket[] = [];
  private readonly servers: TestServer[] = [];

  track(server: TestServer): TestServer {
    this.servers.push(server);
    return server;
  }

  connect(server: TestServer, boardId: string, token: string, doc = new Y.Doc()): SyncClient {
    const provider = new WebsocketProvider(server.syncUrl, boardId, doc, {
      connect: true,
      params: { token },
      disableBc: true,
      maxBackoffTime: 200,
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    });
    this.providers.push(provider);
    return { doc, provider, board: () => readBoard(doc) };
  }

  async connectSynced(server: TestServer, boardId: string, token: string, doc = new Y.Doc()): Promise<SyncClient> {
    const client = this.connect(server, boardId, token, doc);
    await waitFor(`client of ${boardId} synced`, () => client.provider.synced);
    return client;
  }

  /** A raw socket to `/sync/<boardId>`, open or refused. */
  /** A raw socket on a board, once it is open. */
  async openRaw(server: TestServer, boardId: string, token: string, options: WebSocket.ClientOptions = {}) {
    const socket = this.raw(server, boardId, token, options);
    await opened(socket);
    return socket;
  }

  raw(server: TestServer, boardId: string, token?: string, options: WebSocket.ClientOptions = {}): WebSocket {
    const query = token === undefined ? "" : `?token=${encodeURIComponent(token)}`;
    const socket = new WebSocket(`${server.syncUrl}/${boardId}${query}`, options);
    socket.on("error", () => {});
    this.sockets.push(socket);
    return socket;
  }

  async cleanup(): Promise<void> {
    for (const provider of this.providers.splice(0)) provider.destroy();
    for (const socket of this.sockets.splice(0)) socket.terminate();
    for (const server of this.servers.splice(0)) {
      await server.close();
      await server.removeData();
    }
  }
}

/** Resolves with the HTTP status of a refused upgrade, or "open" if it was accepted. */
export function upgradeOutcome(socket: WebSocket): Promise<number | "open"> {
  return new Promise((resolve) => {
    socket.once("open", () => resolve("open"));
    socket.once("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0));
  });
}

export function opened(socket: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("unexpected-response", (_request, response) =>
      reject(new Error(`upgrade refused: ${response.statusCode}`)),
    );
  });
}

export function closed(socket: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    socket.once("close", (code, reason) => resolve({ code, reason: reason.toString() }));
  });
}
