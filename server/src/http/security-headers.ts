import type { ServerResponse } from "node:http";

/**
 * The page's Content-Security-Policy. The built client has no inline script and no eval;
 * React Flow positions nodes with inline styles, so styles allow 'unsafe-inline'; the favicon
 * is a data: URL and previews and PNG export draw blob: SVGs; the sync socket may be ws: or
 * wss: behind a proxy that terminates TLS.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' ws: wss:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** HSTS is only sent when PUBLIC_URL says the server is reached over HTTPS. */
const HSTS = "max-age=31536000";

/** Headers every answer carries, page, asset or API: set before the route writes its own. */
export function securityHeaders(publicUrl: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  };
  if (publicUrl?.startsWith("https://")) headers["strict-transport-security"] = HSTS;
  return headers;
}

export function setSecurityHeaders(res: ServerResponse, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}
