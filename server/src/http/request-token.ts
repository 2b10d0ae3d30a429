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
