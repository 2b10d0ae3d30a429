import { SYNC_PROTOCOL, TOKEN_PROTOCOL_PREFIX } from "@brownpaper/shared";
import type { IncomingMessage } from "node:http";

/** The token of a request: `Authorization: Bearer <token>`, else `?token=`. */
export function requestToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1] ?? null;
  }
  return new URL(req.url ?? "/", "http://localhost").searchParams.get("token");
}

/**
 * The token of a sync upgrade. Browsers cannot set headers on a WebSocket, but they can offer
 * subprotocols, which travel in `Sec-WebSocket-Protocol` and so stay out of URLs and access
 * logs: the client offers `brownpaper` and `brownpaper.token.<token>`, the server picks
 * `brownpaper`. Without such a protocol, the token of `requestToken` (`?token=`, as the stock
 * y-websocket provider sends it).
 */
export function syncToken(req: IncomingMessage): string | null {
  const offered = req.headers["sec-websocket-protocol"];
  if (offered !== undefined) {
    for (const protocol of offered.split(",")) {
      const trimmed = protocol.trim();
      if (trimmed.startsWith(TOKEN_PROTOCOL_PREFIX)) return trimmed.slice(TOKEN_PROTOCOL_PREFIX.length);
    }
  }
  return requestToken(req);
}

/** ws's handleProtocols: a browser that offered protocols fails the handshake unless one is picked. */
export function pickSyncProtocol(offered: Set<string>): string | false {
  if (offered.has(SYNC_PROTOCOL)) return SYNC_PROTOCOL;
  const [first] = offered;
  return first ?? false;
}
