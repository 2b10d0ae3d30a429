import * as Y from "yjs";
import type { Origin } from "../doc/origin";
import {
  MAX_REVIEW_INTERVAL_DAYS,
  MAX_REVIEWS_PER_AGREEMENT,
  reviewRecordSchema,
  DEFAULT_REVIEW_INTERVAL_DAYS,
  type ReviewRecord,
} from "../schema/review";
import { readMeasure } from "../schema/agreement";
import { agreementArray, requireAgreement } from "./agreement-entity";
import { CommandError } from "./command-error";
import { transact } from "./transact";

/** The date `days` after an ISO timestamp, as YYYY-MM-DD (UTC). */
export function addDays(isoTimestamp: string, days: number): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) throw new CommandError(`"${isoTimestamp}" is not a date.`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Writes a closed review round into its agreement: the round joins the history, each measure
 * rated in it takes the round's mean as its current score (a measure nobody rated keeps the
 * score it had), and the next review falls `reviewIntervalDays` after the close. Scores are
 * results, not terms: the sign-off stands.
 */
export function closeReviewRound(doc: Y.Doc, agreementId: string, round: ReviewRecord, origin?: Origin): void {
  const record = reviewRecordSchema.parse(round);
  transact(doc, origin, (maps) => {
    const agreement = requireAgreement(maps, agreementId);
    const reviews = agreementArray<ReviewRecord>(agreement, "reviews");
    if (reviews.toArray().some((review) => (review as Partial<ReviewRecord>)?.id === record.id)) return;
    if (reviews.length >= MAX_REVIEWS_PER_AGREEMENT)
      throw new CommandError(`An agreement keeps at most ${MAX_REVIEWS_PER_AGREEMENT} review rounds.`);
    reviews.push([record]);
    for (const measure of agreementArray<unknown>(agreement, "measures")) {
      if (!(measure instanceof Y.Map)) continue;
      // A measure stored before measures had ids was rated under the id it reads as: keep it.
      const { id } = readMeasure(measure);
      if (measure.get("id") !== id) measure.set("id", id);
      if (Object.hasOwn(record.measureScores, id)) measure.set("score", record.measureScores[id]!);
    }
    const interval = agreement.get("reviewIntervalDays");
    const days = typeof interval === "number" && Number.isInteger(interval) ? interval : DEFAULT_REVIEW_INTERVAL_DAYS;
    agreement.set("reviewBy", addDays(record.closedAt, days));
  });
}

/** How many days after a review round closes the next one is due. */
export function setReviewInterval(doc: Y.Doc, agreementId: string, days: number, origin?: Origin): void {
  if (!Number.isInteger(days) || days < 1 || days > MAX_REVIEW_INTERVAL_DAYS)
    throw new CommandError(`A review interval is a whole number of days from 1 to ${MAX_REVIEW_INTERVAL_DAYS}.`);
  transact(doc, origin, (maps) => requireAgreement(maps, agreementId).set("reviewIntervalDays", days));
}
