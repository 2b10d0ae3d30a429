import type { IncomingMessage, ServerResponse } from "node:http";
import type * as Y from "yjs";
import {
  aggregateReview,
  canEdit,
  closeReviewRound,
  CommandError,
  MAX_RESPONSES_PER_ROUND,
  MAX_REVIEWS_PER_AGREEMENT,
  newId,
  parseReviewResponse,
  type AccessRole,
} from "@brownpaper/shared";
import { surveyToken, verifySurveyToken, type SurveyRound } from "../auth/survey-token";
import { verifyToken, type Secret } from "../auth/tokens";
import { isBoardId } from "../board-id";
import type { CreationRate } from "../http/creation-rate";
import { publicOrigin } from "../http/public-origin";
import { requestToken } from "../http/request-token";
import { HttpError, readBody, sendJson } from "../http/respond";
import type { BoardStore } from "../storage/board-store";
import { clientAddress } from "../sync/admission";
import { RoomsBusyError, type Rooms } from "../sync/rooms";
import { agreementView, reviewHistoryFull, type AgreementView } from "./agreement-view";
import type { ReviewStore, StoredRound } from "./review-store";

export interface ReviewRouteDeps {
  secret: Secret;
  store: BoardStore;
  rooms: Rooms;
  reviews: ReviewStore;
  /** Survey responses per address and minute. */
  responseRate: CreationRate;
  responsesPerMinute: number;
  trustProxy: boolean;
  publicUrl: string | undefined;
  fallbackHost: string;
}

/** Survey responses one address may send per minute: a room full of people behind one NAT answers at once. */
export const REVIEW_RESPONSES_PER_MINUTE = 60;
/** A response holds at most MAX_MEASURES scores and a MAX_REVIEW_COMMENT comment. */
const MAX_RESPONSE_BYTES = 32 * 1024;
const MAX_COMMAND_BYTES = 1024;
/** Origin of the server's own change to a board: a closed round's results. */
export const REVIEW_ORIGIN: unique symbol = Symbol("brownpaper:review-round");

const REVIEW_ROUTE = /^\/api\/boards\/([^/]+)\/agreements\/([^/]+)\/reviews(?:\/([^/]+)(?:\/(responses|close))?)?$/;

export interface ReviewRoute {
  boardId: string;
  agreementId: string;
  reviewId: string | undefined;
  action: "responses" | "close" | undefined;
}

/** Matches `/api/boards/:id/agreements/:aid/reviews[/:rid[/responses|/close]]`. */
export function matchReviewRoute(path: string): ReviewRoute | null {
  const match = REVIEW_ROUTE.exec(path);
  if (!match) return null;
  const decode = (segment: string | undefined): string | undefined => {
    if (segment === undefined) return undefined;
    try {
      return decodeURIComponent(segment);
    } catch {
      return "";
    }
  };
  return {
    boardId: match[1] ?? "",
    agreementId: decode(match[2]) ?? "",
    reviewId: decode(match[3]),
    action: match[4] as ReviewRoute["action"],
  };
}

/** Answers a review route; the router has matched it. */
export async function serveReviewRoute(
  req: IncomingMessage,
  res: ServerResponse,
  route: ReviewRoute,
  deps: ReviewRouteDeps,
): Promise<void> {
  const { boardId, agreementId, reviewId, action } = route;
  const methods = reviewId === undefined || action !== undefined ? ["POST"] : ["GET"];
  if (!methods.includes(req.method ?? "")) throw new HttpError(405, `Use ${methods.join(" or ")} here.`);
  if (!isBoardId(boardId)) throw new HttpError(404, "There is no such board.");
  if (reviewId === undefined) return openReview(req, res, boardId, agreementId, deps);
  const round = { boardId, agreementId, reviewId };
  if (action === "responses") return postResponse(req, res, round, deps);
  if (action === "close") return closeReview(req, res, round, deps);
  return showReview(req, res, round, deps);
}

/** An edit or facilitator link for the board (401, 403), of a board that exists (404). */
async function requireEditor(req: IncomingMessage, boardId: string, deps: ReviewRouteDeps): Promise<AccessRole> {
  const role = verifyToken(deps.secret, boardId, requestToken(req));
  if (role === null) throw new HttpError(401, "A valid edit or facilitator link for this board is required.");
  if (!canEdit(role)) throw new HttpError(403, "A view link cannot run review rounds.");
  if (!(await deps.store.boardExists(boardId))) throw new HttpError(404, "There is no such board.");
  return role;
}

/** A survey link proves the board existed: if it is not there now, it was deleted. */
async function requireSurveyBoard(boardId: string, deps: ReviewRouteDeps): Promise<void> {
  if (!(await deps.store.boardExists(boardId)))
    throw new HttpError(410, "The board this review round belongs to has been deleted; the survey is over.");
}

async function requireRound(round: SurveyRound, deps: ReviewRouteDeps): Promise<StoredRound> {
  const stored = await deps.reviews.round(round.boardId, round.agreementId, round.reviewId);
  if (!stored) throw new HttpError(404, `This agreement has no review round "${round.reviewId}".`);
  return stored;
}

/** Reads (or changes) the board doc through its live room; 503 when this server has no room for it. */
async function withBoard<T>(boardId: string, deps: ReviewRouteDeps, use: (doc: Y.Doc) => T): Promise<T> {
  try {
    return await deps.rooms.change(boardId, use);
  } catch (error) {
    if (error instanceof RoomsBusyError)
      throw new HttpError(503, "Too many boards are open on this server; try again in a moment.", {
        headers: { "retry-after": "5" },
      });
    throw error;
  }
}

const agreementRemoved = (): HttpError =>
  new HttpError(410, "The agreement this review round was for has been removed from the board.");

async function currentAgreement(round: SurveyRound, deps: ReviewRouteDeps): Promise<AgreementView> {
  const view = await withBoard<AgreementView | null>(round.boardId, deps, (doc) =>
    agreementView(doc, round.agreementId),
  );
  if (!view) throw agreementRemoved();
  return view;
}

/** Opening and closing take no fields: an empty body or `{}`; anything else names its first field. */
async function readCommand(req: IncomingMessage): Promise<void> {
  const text = (await readBody(req, MAX_COMMAND_BYTES)).toString("utf8").trim();
  if (text === "") return;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, "body: must be a JSON object");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw new HttpError(400, "body: must be a JSON object");
  const [field] = Object.keys(body);
  if (field !== undefined) throw new HttpError(400, `${field}: is not a field`);
}

function surveyLink(req: IncomingMessage, round: SurveyRound, deps: ReviewRouteDeps) {
  const token = surveyToken(deps.secret, round);
  const origin = publicOrigin(req, deps.publicUrl, deps.fallbackHost);
  const path = [round.boardId, round.agreementId, round.reviewId].map(encodeURIComponent).join("/");
  // In the fragment: it never reaches a server log or a Referer.
  return { surveyToken: token, surveyUrl: `${origin}/s/${path}#token=${token}` };
}

/** `POST …/agreements/:aid/reviews`: opens a round and answers its survey link. */
async function openReview(
  req: IncomingMessage,
  res: ServerResponse,
  boardId: string,
  agreementId: string,
  deps: ReviewRouteDeps,
): Promise<void> {
  await requireEditor(req, boardId, deps);
  await readCommand(req);
  const exists = await withBoard<boolean>(boardId, deps, (doc) => agreementView(doc, agreementId) !== null);
  if (!exists) throw new HttpError(404, `This board has no agreement "${agreementId}".`);
  const round = { id: newId("r", 12), boardId, agreementId, openedAt: new Date().toISOString() };
  const opened = await deps.reviews.openRound(round);
  if (!opened.opened) {
    // The caller could open one: it gets the open round's link back, e.g. after a reload.
    sendJson(res, 409, {
      error: "A review round is already open for this agreement; close it before opening another.",
      reviewId: opened.open,
      ...surveyLink(req, { boardId, agreementId, reviewId: opened.open }, deps),
    });
    return;
  }
  sendJson(res, 201, { reviewId: round.id, ...surveyLink(req, { boardId, agreementId, reviewId: round.id }, deps) });
}

/** `GET …/reviews/:rid` with the round's survey link or an edit/facilitator link. */
async function showReview(
  req: IncomingMessage,
  res: ServerResponse,
  round: SurveyRound,
  deps: ReviewRouteDeps,
): Promise<void> {
  const token = requestToken(req);
  if (verifySurveyToken(deps.secret, round, token)) await requireSurveyBoard(round.boardId, deps);
  else await requireEditor(req, round.boardId, deps);
  const stored = await requireRound(round, deps);
  const view = await currentAgreement(round, deps);
  sendJson(res, 200, { status: stored.status, ...view, responses: stored.responses });
}

/** `POST …/reviews/:rid/responses` with the round's survey link: one person's answer. */
async function postResponse(
  req: IncomingMessage,
  res: ServerResponse,
  round: SurveyRound,
  deps: ReviewRouteDeps,
): Promise<void> {
  if (!verifySurveyToken(deps.secret, round, requestToken(req)))
    throw new HttpError(401, "The survey link of this review round is required.");
  const rate = deps.responseRate.take(clientAddress(req, deps.trustProxy));
  if (!rate.ok)
    throw new HttpError(
      429,
      `This address has sent ${deps.responsesPerMinute} survey responses in the last minute, the most it may; try again in ${rate.retryAfterSeconds} s.`,
      { headers: { "retry-after": String(rate.retryAfterSeconds) } },
    );
  await requireSurveyBoard(round.boardId, deps);
  const stored = await requireRound(round, deps);
  if (stored.status === "closed") throw closedRound();
  const view = await currentAgreement(round, deps);
  const text = (await readBody(req, MAX_RESPONSE_BYTES)).toString("utf8");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, "body: must be a JSON object");
  }
  const parsed = parseReviewResponse(
    body,
    view.measures.map((measure) => measure.id),
  );
  if (!parsed.ok) throw new HttpError(400, parsed.error);
  const added = await deps.reviews.addResponse(round.reviewId, parsed.value, MAX_RESPONSES_PER_ROUND);
  if (!added.added) {
    if (added.reason === "closed") throw closedRound();
    throw new HttpError(409, `This review round has ${MAX_RESPONSES_PER_ROUND} responses, the most a round takes.`);
  }
  sendJson(res, 201, { responses: added.responses });
}

const lockedBoard = (): HttpError =>
  new HttpError(403, "The facilitator has locked the board: only the facilitator's link can close a review round now.");

const closedRound = (): HttpError => new HttpError(409, "This review round is closed; it takes no more responses.");

/**
 * `POST …/reviews/:rid/close` with an edit or facilitator link: the round closes with the means
 * of its responses, which go into the board through its live room, so everyone connected sees
 * the new scores at once. Closing a closed round answers its record again (and writes it into
 * the board if an earlier close could not).
 */
async function closeReview(
  req: IncomingMessage,
  res: ServerResponse,
  round: SurveyRound,
  deps: ReviewRouteDeps,
): Promise<void> {
  const role = await requireEditor(req, round.boardId, deps);
  await readCommand(req);
  await requireRound(round, deps);
  await withBoard<void>(round.boardId, deps, (doc) => {
    if (!agreementView(doc, round.agreementId)) throw agreementRemoved();
    if (!deps.rooms.mayChange(round.boardId, role)) throw lockedBoard();
    // Checked before the round closes and its answers go, so a refused close loses nothing.
    if (reviewHistoryFull(doc, round.agreementId, round.reviewId))
      throw new HttpError(
        409,
        `This agreement already keeps ${MAX_REVIEWS_PER_AGREEMENT} review rounds, the most it can.`,
      );
  });
  const closedAt = new Date().toISOString();
  const closed = await deps.reviews.closeRound(round.reviewId, closedAt, (stored, responses) =>
    aggregateReview({ id: stored.id, openedAt: stored.openedAt, closedAt, responses }),
  );
  if (!closed) throw new HttpError(404, `This agreement has no review round "${round.reviewId}".`);
  if (!closed.written) {
    await withBoard<void>(round.boardId, deps, (doc) => {
      if (!agreementView(doc, round.agreementId)) throw agreementRemoved();
      try {
        closeReviewRound(doc, round.agreementId, closed.record, REVIEW_ORIGIN);
      } catch (error) {
        // The agreement's history is full (MAX_REVIEWS_PER_AGREEMENT).
        if (error instanceof CommandError) throw new HttpError(409, error.message);
        throw error;
      }
    });
    await deps.reviews.markWritten(round.reviewId);
  }
  sendJson(res, 200, closed.record);
}
