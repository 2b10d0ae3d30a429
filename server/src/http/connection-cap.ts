import type { Server } from "node:http";
import type { Socket } from "node:net";
import type { Logger } from "../logger";
import type { Metrics } from "../metrics";

const REFUSAL = "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 5\r\nContent-Length: 0\r\n\r\n";

function addressOf(socket: Socket): string {
  const address = socket.remoteAddress ?? "unknown";
  return address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
}

/**
 * At most `perAddress` plain HTTP connections from one address: past it a new connection gets
 * 503 and is closed. A connection that becomes a WebSocket stops counting here (the sync
 * side has caps of its own). Off behind a proxy, where every connection comes from the proxy.
 */
export function capConnectionsPerAddress(server: Server, perAddress: number, logger: Logger, metrics: Metrics): void {
  const open = new Map<string, number>();
  const releases = new WeakMap<Socket, () => void>();
  server.on("connection", (socket: Socket) => {
    const address = addressOf(socket);
    const count = (open.get(address) ?? 0) + 1;
    if (count > perAddress) {
      logger.info("http.connection_refused", { ip: address, open: count - 1 });
      metrics.reject("http_ip_full");
      socket.end(REFUSAL);
      return;
    }
    open.set(address, count);
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      const left = (open.get(address) ?? 1) - 1;
      if (left === 0) open.delete(address);
      else open.set(address, left);
    };
    releases.set(socket, release);
    socket.once("close", release);
  });
  // Registered before the sync handler, so the count drops as soon as the upgrade starts.
  server.prependListener("upgrade", (req) => releases.get(req.socket)?.());
}
