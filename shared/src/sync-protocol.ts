/**
 * How a sync socket carries its link token without putting it in the URL (where proxies and
 * access logs keep it): browsers cannot set headers on a WebSocket but can offer subprotocols,
 * which travel in `Sec-WebSocket-Protocol`. The client offers both; the server picks
 * `SYNC_PROTOCOL` and reads the token from the other. `?token=` keeps working for the stock
 * y-websocket provider.
 */
export const SYNC_PROTOCOL = "brownpaper";
export const TOKEN_PROTOCOL_PREFIX = "brownpaper.token.";

/** The subprotocols a client offers to open a board's sync socket with this token. */
export function syncProtocols(token: string): string[] {
  return [SYNC_PROTOCOL, `${TOKEN_PROTOCOL_PREFIX}${token}`];
}
