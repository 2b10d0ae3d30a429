import { z } from "zod";
import { idSchema, shortText } from "./common";
import { MAX_REVIEW_COMMENT } from "./review-survey";

export { focusQuestion, MAX_REVIEW_COMMENT, SURVEY_SCALE } from "./review-survey";

/**
 * A closed review round of a service agreement: the internal customer's people rated each
 * measure and the provider's "focus" question, and the round keeps only the aggregates. Closed
 * rounds never change, so the doc holds them as plain JSON values in a Y.Array.
 */
export const MAX_REVIEWS_PER_AGREEMENT = 1000;
export const MAX_RESPONSES_PER_ROUND = 500;
export const DEFAULT_REVIEW_INTERVAL_DAYS = 90;
export const MAX_REVIEW_INTERVAL_DAYS = 3650;

const onScale = z.number().finite().min(0, "must be 0–100").max(100, "must be 0–100");

export const reviewRecordSchema = z.object({
  id: idSchema,
  /** ISO timestamps. */
  openedAt: z.string().max(40),
  closedAt: z.string().max(40),
  /** How many people answered. */
  responses: z.number().int().min(0).max(MAX_RESPONSES_PER_ROUND),
  /** measure id → the mean of the ratings it got; a measure nobody rated is absent. */
  measureScores: z.record(idSchema, onScale),
  /** Mean answer to the focus question, or null when nobody answered it. */
  focus: onScale.nullable(),
  comments: z.array(z.string().max(MAX_REVIEW_COMMENT)).max(MAX_RESPONSES_PER_ROUND),
});
export type ReviewRecord = z.output<typeof reviewRecordSchema>;

/** Who signed an agreement for one side, and when (ISO timestamp). */
export const signatureSchema = z.object({ name: shortText.min(1, "must not be empty"), at: z.string().max(40) });
export type Signature = z.output<typeof signatureSchema>;

/** One person's answer to a review round, as the survey posts it. */
export interface ReviewResponse {
  scores: Record<string, number>;
  focus?: number;
  comment?: string;
}

export type ParsedResponse = { ok: true; value: ReviewResponse } | { ok: false; error: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isScore = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 100;

/**
 * Checks a posted response against the round's measures and names the first bad field
 * (`scores.m3: must be 0–100`, `scores.x: is not a measure of this agreement`). A comment is
 * plain text; it is trimmed and must fit MAX_REVIEW_COMMENT.
 */
export function parseReviewResponse(body: unknown, measureIds: readonly string[]): ParsedResponse {
  if (!isRecord(body)) return { ok: false, error: "body: must be a JSON object" };
  const known = new Set(measureIds);
  for (const key of Object.keys(body)) {
    if (key !== "scores" && key !== "focus" && key !== "comment") return { ok: false, error: `${key}: is not a field` };
  }
  if (!isRecord(body.scores)) return { ok: false, error: "scores: must be an object of measure id → 0–100" };
  const scores: Record<string, number> = Object.create(null);
  for (const [id, score] of Object.entries(body.scores)) {
    if (!known.has(id)) return { ok: false, error: `scores.${id}: is not a measure of this agreement` };
    if (!isScore(score)) return { ok: false, error: `scores.${id}: must be 0–100` };
    scores[id] = score;
  }
  const value: ReviewResponse = { scores };
  if (body.focus !== undefined && body.focus !== null) {
    if (!isScore(body.focus)) return { ok: false, error: "focus: must be 0–100" };
    value.focus = body.focus;
  }
  if (body.comment !== undefined && body.comment !== null) {
    if (typeof body.comment !== "string") return { ok: false, error: "comment: must be text" };
    const comment = body.comment.trim();
    if (comment.length > MAX_REVIEW_COMMENT)
      return { ok: false, error: `comment: is longer than ${MAX_REVIEW_COMMENT} characters` };
    if (comment !== "") value.comment = comment;
  }
  if (Object.keys(scores).length === 0 && value.focus === undefined && value.comment === undefined)
    return { ok: false, error: "scores: rate at least one measure, the focus question or leave a comment" };
  return { ok: true, value };
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/** A closed round from the responses it got: the mean per measure, of focus, and the comments. */
export function aggregateReview(round: {
  id: string;
  openedAt: string;
  closedAt: string;
  responses: readonly ReviewResponse[];
}): ReviewRecord {
  const byMeasure = new Map<string, number[]>();
  for (const response of round.responses) {
    for (const [id, score] of Object.entries(response.scores)) byMeasure.set(id, [...(byMeasure.get(id) ?? []), score]);
  }
  const measureScores: Record<string, number> = Object.fromEntries(
    [...byMeasure].sort(([a], [b]) => a.localeCompare(b)).map(([id, scores]) => [id, mean(scores)!]),
  );
  const focus = mean(round.responses.flatMap((response) => (response.focus === undefined ? [] : [response.focus])));
  return {
    id: round.id,
    openedAt: round.openedAt,
    closedAt: round.closedAt,
    responses: round.responses.length,
    measureScores,
    focus,
    comments: round.responses.flatMap((response) => (response.comment ? [response.comment] : [])),
  };
}
