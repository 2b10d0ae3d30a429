import { createServer } from "node:http";
import { WebSocketServer } from "ws";
import { getPersistence, setupWSConnection } from "@y/websocket-server/utils";
import { ready, requiredEnv } from "./probe";

/**
 * The reference server as its own `bin/server.js` runs it, on the workspace's `ws` 8 like the
 * other peers. YPERSISTENCE (read by the utils module on import) turns on LevelDB persistence.
 */
requiredEnv("YPERSISTENCE");
const port = Number(requiredEnv("PORT"));
const wss = new WebSocketServer({ noServer: true });
const server = createServer((_request, response) => {
  response.writeHead(200, { "Content-Type": "text/plain" });
  response.end("okay");
});
wss.on("connection", setupWSConnection);
server.on("upgrade", (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit("connection", ws, request));
});
server.listen(port, "127.0.0.1", () => ready(port));

// Let LevelDB finish the writes it has queued before the process goes.
process.on("SIGTERM", () => {
  server.close();
  for (const client of wss.clients) client.terminate();
  const provider = (getPersistence() as { provider?: { destroy(): Promise<void> } } | null)?.provider;
  void Promise.resolve(provider?.destroy()).finally(() => process.exit(0));
});
