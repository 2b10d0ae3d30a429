import type { Board } from "../doc/read-board";
import type { ServiceAgreement } from "../schema/agreement";
import type { ReviewRecord } from "../schema/review";
import { serviceScore, type ServiceScore } from "./service-score";

/** Red/amber/green on a combined score: green from 75, amber from 50, else red. */
export type Rag = "green" | "amber" | "red";
export const RAG_GREEN_FROM = 75;
export const RAG_AMBER_FROM = 50;
/** A review falls `soon` when it is due within this many days. */
export const REVIEW_SOON_DAYS = 14;
export type ReviewDue = "overdue" | "soon" | "ok";

/** One closed round with the service score its means give under the agreement's weights. */
export interface ReviewScore extends ServiceScore {
  reviewId: string;
  closedAt: string;
  responses: number;
  focus: number | null;
}

export interface AgreementReviewSummary {
  /** Closed rounds, oldest first. */
  reviews: ReviewScore[];
  /** The latest round's combined score minus the one before, or null without two scored rounds. */
  trend: number | null;
  /** On the latest combined score (the current one when no round has closed); null when unscored. */
  rag: Rag | null;
  reviewDue: ReviewDue | null;
}

/** Today as YYYY-MM-DD in UTC, the form review dates and action due dates take. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function ragOf(score: number | null): Rag | null {
  if (score === null) return null;
  return score >= RAG_GREEN_FROM ? "green" : score >= RAG_AMBER_FROM ? "amber" : "red";
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The colour band a score is drawn in on the map, in the SVG and in the agreement panel: the RAG bands. */
export function scoreBand(score: number | null): "none" | "good" | "fair" | "poor" {
  const rag = ragOf(score);
  return rag === null ? "none" : rag === "green" ? "good" : rag === "amber" ? "fair" : "poor";
}

/** `overdue` once the review date has passed, `soon` within 14 days of it, else `ok`; null without a date. */
export function reviewDueOf(reviewBy: string, today: string): ReviewDue | null {
  if (reviewBy === "" || Number.isNaN(Date.parse(`${reviewBy}T00:00:00Z`))) return null;
  const left = daysBetween(today, reviewBy);
  return left < 0 ? "overdue" : left <= REVIEW_SOON_DAYS ? "soon" : "ok";
}

/** A round's score: the agreement's measures, each rated with the round's mean (unrated ones count as unscored). */
export function roundScore(agreement: Pick<ServiceAgreement, "measures">, review: ReviewRecord): ReviewScore {
  const measures = agreement.measures.map(({ score: _current, ...measure }) =>
    Object.hasOwn(review.measureScores, measure.id) ? { ...measure, score: review.measureScores[measure.id] } : measure,
  );
  return {
    reviewId: review.id,
    closedAt: review.closedAt,
    responses: review.responses,
    focus: review.focus,
    ...serviceScore({ measures }),
  };
}

export function agreementReviewSummary(agreement: ServiceAgreement, today: string): AgreementReviewSummary {
  const reviews = agreement.reviews.map((review) => roundScore(agreement, review));
  const latest = reviews.at(-1);
  const previous = reviews.at(-2);
  const trend =
    previous && latest && previous.combined !== null && latest.combined !== null
      ? latest.combined - previous.combined
      : null;
  return {
    reviews,
    trend,
    rag: ragOf(latest ? latest.combined : serviceScore(agreement).combined),
    reviewDue: agreement.status === "retired" ? null : reviewDueOf(agreement.reviewBy, today),
  };
}

/**
 * How free each provider lane leaves its internal customers to focus: the mean focus score of
 * the latest closed round of every agreement it provides (rounds nobody answered it in are
 * skipped). Lanes with no such round are left out.
 */
export function providerFocus(
  board: Pick<Board, "agreements">,
): { laneId: string; focus: number; agreements: number }[] {
  const byLane = new Map<string, number[]>();
  for (const agreement of board.agreements) {
    const focus = agreement.reviews.at(-1)?.focus;
    if (focus === undefined || focus === null) continue;
    byLane.set(agreement.providerLaneId, [...(byLane.get(agreement.providerLaneId) ?? []), focus]);
  }
  return [...byLane].map(([laneId, scores]) => ({
    laneId,
    focus: scores.reduce((sum, score) => sum + score, 0) / scores.length,
    agreements: scores.length,
  }));
}
