import type { IncomingMessage, ServerResponse } from "node:http";
import type { RejectReason } from "../metrics";

/** An answer other than success, with a message for the person reading it. */
export class HttpError extends Error {
  override name = "HttpError";
  /** Sent with the error, e.g. `retry-after`. */
  readonly headers: Record<string, string>;
  /** A quota or deadline the request ran into, counted in `brownpaper_rejected_total`. */
  readonly reason: RejectReason | undefined;

  constructor(
    readonly status: number,
    message: string,
    options: { headers?: Record<string, string>; reason?: RejectReason } = {},
  ) {
    super(message);
    this.headers = options.headers ?? {};
    this.reason = options.reason;
  }
}

/** The client went away before its body was in: nobody to answer, nothing to log above debug. */
export class RequestAbortedError extends Error {
  override name = "RequestAbortedError";
  constructor() {
    super("The client closed the request before its body arrived.");
  }
}

/** How long a body may take when the router has not set a deadline (as BODY_TIMEOUT_MS does). */
const DEFAULT_BODY_TIMEOUT_MS = 30_000;
const bodyDeadlines = new WeakMap<IncomingMessage, { at: number; timeoutMs: number }>();

/** The body of `req` must be in by `timeoutMs` from now, or readBody answers 408. */
export function setBodyDeadline(req: IncomingMessage, timeoutMs: number): void {
  bodyDeadlines.set(req, { at: Date.now() + timeoutMs, timeoutMs });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { error: message });
}

/**
 * The request body, refusing (413) anything over `limit` bytes without buffering it, and (408)
 * a body that has not arrived by the request's deadline (setBodyDeadline).
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) throw new HttpError(413, `Request body is over ${limit} bytes.`);
  const deadline = bodyDeadlines.get(req) ?? {
    at: Date.now() + DEFAULT_BODY_TIMEOUT_MS,
    timeoutMs: DEFAULT_BODY_TIMEOUT_MS,
  };
  if (req.readableEnded) return Buffer.alloc(0);
  if (req.destroyed) throw new RequestAbortedError();
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (error: Error | null): void => {
      clearTimeout(timer);
      req.off("data", onData).off("end", onEnd).off("error", onClose).off("close", onClose);
      if (error === null) return resolve(Buffer.concat(chunks));
      // Read no more of a refused body; the answer closes the connection.
      req.pause();
      reject(error);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) settle(new HttpError(413, `Request body is over ${limit} bytes.`));
      else chunks.push(chunk);
    };
    const onEnd = (): void => settle(null);
    const onClose = (): void => settle(new RequestAbortedError());
    const timer = setTimeout(
      () =>
        settle(
          new HttpError(408, `The request body did not arrive within ${deadline.timeoutMs} ms (BODY_TIMEOUT_MS).`, {
            reason: "http_body_timeout",
          }),
        ),
      Math.max(0, deadline.at - Date.now()),
    );
    req.on("data", onData).on("end", onEnd).on("error", onClose).on("close", onClose);
  });
}

/** The path without its query string: the only part of a URL that may be logged. */
export function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? "/", "http://localhost").pathname;
}
