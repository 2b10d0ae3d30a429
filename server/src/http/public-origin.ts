import type { IncomingMessage } from "node:http";

const HOST_PATTERN = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * The origin links are built on: PUBLIC_URL when configured (set it behind a TLS proxy),
 * else the Host the client used. A Host header that is not a plain host[:port] is not echoed.
 */
export function publicOrigin(req: IncomingMessage, publicUrl: string | undefined, fallbackHost: string): string {
  if (publicUrl !== undefined) return publicUrl;
  const host = req.headers.host;
  return `http://${host !== undefined && HOST_PATTERN.test(host) ? host : fallbackHost}`;
}
