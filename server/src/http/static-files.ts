import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, resolve, sep } from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".wasm": "application/wasm",
};

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Brownpaper</title></head>
<body><h1>Brownpaper: client not built</h1><p>The web client has not been built yet — run <code>pnpm build</code>, then reload.</p></body></html>
`;

async function fileAt(path: string): Promise<number | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

/** The file a URL path names inside `root`, or null when it would leave `root` or is malformed. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const path = resolve(root, `.${decoded.startsWith("/") ? decoded : `/${decoded}`}`);
  return path === root || path.startsWith(root + sep) ? path : null;
}

function send(req: IncomingMessage, res: ServerResponse, path: string, size: number, cacheControl: string): void {
  res.writeHead(200, {
    "content-type": CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream",
    "content-length": size,
    "cache-control": cacheControl,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  const stream = createReadStream(path);
  stream.on("error", () => res.destroy());
  stream.pipe(res);
}

/** Review survey links (`/s/<board>/<agreement>/<round>`) get the survey's own light page. */
const SURVEY_PATH = /^\/s(\/|$)/;

/**
 * Serves the built client from `dist`. Unknown paths get `index.html` (the client routes
 * `/b/<id>` itself), `/s/...` gets `survey.html`; hashed assets are cached for good, the page never.
 */
export function createStaticHandler(dist: string) {
  const root = resolve(dist);
  const index = join(root, "index.html");
  const survey = join(root, "survey.html");
  return async (req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<void> => {
    const indexSize = await fileAt(index);
    if (indexSize === null) {
      res.writeHead(503, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(NOT_BUILT_PAGE);
      return;
    }
    const path = resolveInside(root, urlPath);
    const size = path === null || path === root ? null : await fileAt(path);
    if (path !== null && size !== null && path !== index) {
      const immutable = path.startsWith(join(root, "assets") + sep);
      send(req, res, path, size, immutable ? "public, max-age=31536000, immutable" : "no-cache");
      return;
    }
    const surveySize = SURVEY_PATH.test(urlPath) ? await fileAt(survey) : null;
    if (surveySize !== null) {
      send(req, res, survey, surveySize, "no-cache");
      return;
    }
    send(req, res, index, indexSize, "no-cache");
  };
}
