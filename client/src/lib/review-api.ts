/**
 * The review-round routes of the server, as the board app and the survey page call them. Every
 * call answers with a result, never throws: a refusal or a dropped connection is something the
 * page shows, not a bug.
 */

export interface RoundMeasure {
  id: string;
  name: string;
  dimension: string;
  target: string;
}

/** What a review round shows: the agreement's own text and measure names, and the count so far. */
export interface RoundView {
  status: "open" | "closed";
  provider: string;
  customer: string;
  expectation: string;
  measures: RoundMeasure[];
  responses: number;
}

export interface OpenedRound {
  reviewId: string;
  surveyToken: string;
  surveyUrl: string;
}

/**
 * Why a call did not give its answer: `unauthorized` (401/403, a wrong or expired link), `gone`
 * (404/410, the board, agreement or round is not there any more), `closed` (409 on a closed
 * round), `conflict` (409 opening a second round), `invalid` (400, the message names the field),
 * `busy` (429), `network` (no answer, or one that makes no sense), `server` (5xx).
 */
export type ApiFailure = {
  ok: false;
  kind: "unauthorized" | "gone" | "closed" | "conflict" | "invalid" | "busy" | "network" | "server";
  message: string;
  /** The JSON body the refusal came with, when it had one. */
  body?: unknown;
};
export type ApiResult<T> = { ok: true; value: T } | ApiFailure;

export interface ReviewResponseBody {
  scores: Record<string, number>;
  focus?: number;
  comment?: string;
}

export const reviewsPath = (boardId: string, agreementId: string) =>
  `/api/boards/${encodeURIComponent(boardId)}/agreements/${encodeURIComponent(agreementId)}/reviews`;
export const roundPath = (boardId: string, agreementId: string, reviewId: string) =>
  `${reviewsPath(boardId, agreementId)}/${encodeURIComponent(reviewId)}`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === "string" ? value : "");

/** A round as the server sent it, or null when the answer is not one. */
export function parseRoundView(body: unknown): RoundView | null {
  if (!isRecord(body) || (body.status !== "open" && body.status !== "closed")) return null;
  if (!Array.isArray(body.measures)) return null;
  const measures = body.measures.flatMap((measure): RoundMeasure[] =>
    isRecord(measure) && typeof measure.id === "string" && measure.id !== ""
      ? [{ id: measure.id, name: text(measure.name), dimension: text(measure.dimension), target: text(measure.target) }]
      : [],
  );
  const responses = typeof body.responses === "number" && Number.isFinite(body.responses) ? body.responses : 0;
  return {
    status: body.status,
    provider: text(body.provider),
    customer: text(body.customer),
    expectation: text(body.expectation),
    measures,
    responses,
  };
}

export function parseOpenedRound(body: unknown): OpenedRound | null {
  if (!isRecord(body)) return null;
  const { reviewId, surveyToken, surveyUrl } = body;
  return typeof reviewId === "string" && typeof surveyToken === "string" && typeof surveyUrl === "string"
    ? { reviewId, surveyToken, surveyUrl }
    : null;
}

const FALLBACK: Record<ApiFailure["kind"], string> = {
  unauthorized: "This link is not valid (any more).",
  gone: "This board or agreement is not there any more.",
  closed: "This review round is closed.",
  conflict: "A review round is already open.",
  invalid: "The server refused the answer.",
  busy: "Too many requests: wait a moment and try again.",
  network: "Could not reach Brownpaper. Check the connection and try again.",
  server: "Brownpaper could not answer just now. Try again in a moment.",
};

/** The failure a status stands for (`closedOn409` for routes where 409 means the round closed). */
export function failureOf(status: number, body: unknown, closedOn409: boolean): ApiFailure {
  const kind: ApiFailure["kind"] =
    status === 401 || status === 403
      ? "unauthorized"
      : status === 404 || status === 410
        ? "gone"
        : status === 409
          ? closedOn409
            ? "closed"
            : "conflict"
          : status === 429
            ? "busy"
            : status >= 500
              ? "server"
              : status >= 400
                ? "invalid"
                : "network";
  const message = isRecord(body) && typeof body.error === "string" && body.error !== "" ? body.error : FALLBACK[kind];
  return { ok: false, kind, message, body };
}

async function call<T>(
  path: string,
  token: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal },
  parse: (body: unknown) => T | null,
  closedOn409: boolean,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? "GET",
      headers: {
        Authorization: `Bearer ${token}`,
        ...(init.body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      cache: "no-store",
    });
  } catch {
    return { ok: false, kind: "network", message: FALLBACK.network };
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) return failureOf(response.status, body, closedOn409);
  const value = parse(body);
  return value === null ? { ok: false, kind: "network", message: FALLBACK.network, body } : { ok: true, value };
}

export function getRound(
  boardId: string,
  agreementId: string,
  reviewId: string,
  token: string,
  signal?: AbortSignal,
): Promise<ApiResult<RoundView>> {
  return call(roundPath(boardId, agreementId, reviewId), token, { signal }, parseRoundView, true);
}

export function openRound(boardId: string, agreementId: string, token: string): Promise<ApiResult<OpenedRound>> {
  return call(reviewsPath(boardId, agreementId), token, { method: "POST", body: {} }, parseOpenedRound, false);
}

export function closeRound(
  boardId: string,
  agreementId: string,
  reviewId: string,
  token: string,
): Promise<ApiResult<unknown>> {
  return call(
    `${roundPath(boardId, agreementId, reviewId)}/close`,
    token,
    { method: "POST", body: {} },
    (body) => body ?? {},
    true,
  );
}

export function postResponse(
  boardId: string,
  agreementId: string,
  reviewId: string,
  token: string,
  response: ReviewResponseBody,
): Promise<ApiResult<unknown>> {
  return call(
    `${roundPath(boardId, agreementId, reviewId)}/responses`,
    token,
    { method: "POST", body: response },
    (body) => body ?? {},
    true,
  );
}
