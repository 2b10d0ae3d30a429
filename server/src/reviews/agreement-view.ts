import type * as Y from "yjs";
import {
  boardMaps,
  getEntity,
  MAX_REVIEWS_PER_AGREEMENT,
  readAgreement,
  readLane,
  type MeasureDimension,
} from "@brownpaper/shared";

/**
 * What a review round may show of its board: the agreement's own text, its measures' names
 * and targets, and the two lanes' names. Nothing else of the board leaves through a survey.
 */
export interface AgreementView {
  provider: string;
  customer: string;
  expectation: string;
  measures: { id: string; name: string; dimension: MeasureDimension; target: string }[];
}

/** The agreement as a round shows it, or null when the board has no such agreement (any more). */
export function agreementView(doc: Y.Doc, agreementId: string): AgreementView | null {
  const maps = boardMaps(doc);
  const map = getEntity(maps.agreements, agreementId);
  if (!map) return null;
  const agreement = readAgreement(agreementId, map);
  const laneName = (laneId: string): string => {
    const lane = getEntity(maps.lanes, laneId);
    return lane ? readLane(laneId, lane).name : "";
  };
  return {
    provider: laneName(agreement.providerLaneId),
    customer: laneName(agreement.customerLaneId),
    expectation: agreement.expectation,
    measures: agreement.measures.map(({ id, name, dimension, target }) => ({ id, name, dimension, target })),
  };
}

/** Whether the agreement's history has no room for this round (it keeps MAX_REVIEWS_PER_AGREEMENT). */
export function reviewHistoryFull(doc: Y.Doc, agreementId: string, reviewId: string): boolean {
  const map = getEntity(boardMaps(doc).agreements, agreementId);
  if (!map) return false;
  const { reviews } = readAgreement(agreementId, map);
  return reviews.length >= MAX_REVIEWS_PER_AGREEMENT && !reviews.some((review) => review.id === reviewId);
}
