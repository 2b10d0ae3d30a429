import * as Y from "yjs";
import type { Origin } from "../doc/origin";
import { readBoard } from "../doc/read-board";
import { deriveHandovers } from "../handovers";
import {
  AGREEMENT_STATUSES,
  MEASURE_DIMENSIONS,
  MEASURE_SCALE_MAX,
  REVIEW_DATE_PATTERN,
  toMeasureYMap,
  type AgreementStatus,
  type Measure,
  type MeasureFile,
} from "../schema/agreement";
import { clearSignoff, SIGNOFF_CLEARED } from "./agreement-signoff";
import { agreementArray as array, requireAgreement } from "./agreement-entity";
import { clipLong } from "../schema/common";
import { CommandError } from "./command-error";
import { transact } from "./transact";

export interface AgreementFields {
  status?: AgreementStatus;
  expectation?: string;
  customerObligations?: string;
  reviewBy?: string;
}

/** Edits an agreement's words, status and review date; each field merges on its own. */
export function updateAgreement(doc: Y.Doc, agreementId: string, fields: AgreementFields, origin?: Origin): void {
  if (fields.status !== undefined && !AGREEMENT_STATUSES.includes(fields.status))
    throw new CommandError(`Unknown status "${fields.status}".`);
  if (fields.status === "agreed")
    throw new CommandError("An agreement becomes agreed when both sides have signed it off.");
  if (fields.reviewBy !== undefined && !REVIEW_DATE_PATTERN.test(fields.reviewBy))
    throw new CommandError("A review date looks like 2027-03-31.");
  transact(doc, origin, (maps) => {
    const agreement = requireAgreement(maps, agreementId);
    if (fields.status !== undefined) agreement.set("status", fields.status);
    if (fields.expectation !== undefined && agreement.get("expectation") !== clipLong(fields.expectation)) {
      agreement.set("expectation", clipLong(fields.expectation));
      clearSignoff(agreement, SIGNOFF_CLEARED.expectation);
    }
    if (fields.customerObligations !== undefined)
      agreement.set("customerObligations", clipLong(fields.customerObligations));
    if (fields.reviewBy !== undefined) agreement.set("reviewBy", fields.reviewBy);
  });
}

/**
 * Adds a handover to an agreement. It must run from the agreement's provider lane to its
 * customer lane, as every handover an agreement covers does.
 */
export function addAgreementFlow(doc: Y.Doc, agreementId: string, flowId: string, origin?: Origin): void {
  const handover = deriveHandovers(readBoard(doc)).find((candidate) => candidate.flow.id === flowId);
  transact(doc, origin, (maps) => {
    const agreement = requireAgreement(maps, agreementId);
    if (!handover) throw new CommandError("Only a flow between two lanes (a handover) can be covered by an agreement.");
    if (
      handover.providerLaneId !== agreement.get("providerLaneId") ||
      handover.customerLaneId !== agreement.get("customerLaneId")
    ) {
      throw new CommandError("That handover runs between other lanes than this agreement's provider and customer.");
    }
    const flowIds = array<string>(agreement, "flowIds");
    if (!flowIds.toArray().includes(flowId)) flowIds.push([flowId]);
  });
}

export function removeAgreementFlow(doc: Y.Doc, agreementId: string, flowId: string, origin?: Origin): void {
  transact(doc, origin, (maps) => {
    const flowIds = array<string>(requireAgreement(maps, agreementId), "flowIds");
    for (let i = flowIds.length - 1; i >= 0; i--) if (flowIds.get(i) === flowId) flowIds.delete(i, 1);
  });
}

function checkMeasure(measure: Partial<MeasureFile>): void {
  if (measure.dimension !== undefined && !MEASURE_DIMENSIONS.includes(measure.dimension))
    throw new CommandError(`Unknown dimension "${measure.dimension}".`);
  for (const key of ["weight", "score"] as const) {
    const value = measure[key];
    if (value !== undefined && (!Number.isFinite(value) || value < 0 || value > MEASURE_SCALE_MAX))
      throw new CommandError(`A measure's ${key} must be between 0 and ${MEASURE_SCALE_MAX}.`);
  }
}

/** Appends a measure to an agreement; weights are never adjusted to sum to 100 behind anyone's back. */
export function addMeasure(doc: Y.Doc, agreementId: string, measure: MeasureFile, origin?: Origin): void {
  checkMeasure(measure);
  transact(doc, origin, (maps) => {
    const agreement = requireAgreement(maps, agreementId);
    array<Y.Map<unknown>>(agreement, "measures").push([toMeasureYMap(measure)]);
    clearSignoff(agreement, SIGNOFF_CLEARED.measures);
  });
}

/** Edits one measure's fields (`score: null` clears the score). */
export function updateMeasure(
  doc: Y.Doc,
  agreementId: string,
  index: number,
  fields: Partial<Omit<Measure, "score" | "id">> & { score?: number | null },
  origin?: Origin,
): void {
  checkMeasure({ ...fields, score: fields.score ?? undefined });
  transact(doc, origin, (maps) => {
    const agreement = requireAgreement(maps, agreementId);
    const measure = array<Y.Map<unknown>>(agreement, "measures").get(index);
    if (!(measure instanceof Y.Map)) throw new CommandError("That measure no longer exists.");
    let termsChanged = false;
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined || measure.get(key) === value) continue;
      if (value === null) measure.delete(key);
      else measure.set(key, value);
      // A score is a result; the name, dimension, target and weight are what both sides signed.
      if (key !== "score") termsChanged = true;
    }
    if (termsChanged) clearSignoff(agreement, SIGNOFF_CLEARED.measures);
  });
}

export function removeMeasure(doc: Y.Doc, agreementId: string, index: number, origin?: Origin): void {
  transact(doc, origin, (maps) => {
    const agreement = requireAgreement(maps, agreementId);
    const measures = array<Y.Map<unknown>>(agreement, "measures");
    if (index >= 0 && index < measures.length) {
      measures.delete(index, 1);
      clearSignoff(agreement, SIGNOFF_CLEARED.measures);
    }
  });
}
