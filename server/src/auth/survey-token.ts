import { createHmac, timingSafeEqual } from "node:crypto";
import { MAX_TOKEN_LENGTH, type Secret } from "./tokens";

/**
 * A review round's survey link carries `v1.s.<nonce>.<signature>`, signed like the board links
 * but over the board, the agreement and the round, so it answers that one round's survey and
 * nothing else. Its letter is none of a board link's (f, e, v): verifyToken refuses it, so it
 * opens no board, no sync socket, no export.
 */
export interface SurveyRound {
  boardId: string;
  agreementId: string;
  reviewId: string;
}

const SURVEY_PATTERN = /^v1\.s\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

function sign(secret: Secret, round: SurveyRound, nonce: string): string {
  // JSON keeps the three ids apart whatever characters they hold.
  const subject = JSON.stringify([round.boardId, round.agreementId, round.reviewId]);
  return createHmac("sha256", secret).update(`brownpaper:v1:survey:${subject}:${nonce}`).digest("base64url");
}

/** The round's survey token, the same every time, so its link can be handed out again while the round is open. */
export function surveyToken(secret: Secret, round: SurveyRound): string {
  const subject = JSON.stringify([round.boardId, round.agreementId, round.reviewId]);
  const nonce = createHmac("sha256", secret)
    .update(`brownpaper:v1:survey-nonce:${subject}`)
    .digest("base64url")
    .slice(0, 22);
  return `v1.s.${nonce}.${sign(secret, round, nonce)}`;
}

/** Whether `token` is the survey token of exactly this round. */
export function verifySurveyToken(secret: Secret, round: SurveyRound, token: unknown): boolean {
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return false;
  const match = SURVEY_PATTERN.exec(token);
  if (!match) return false;
  const [, nonce, signature] = match as unknown as [string, string, string];
  const expected = Buffer.from(sign(secret, round, nonce), "ascii");
  const given = Buffer.from(signature, "ascii");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
