import * as Y from "yjs";
import { getEntity, type EntityMap } from "../doc/layout";
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
} from "../schema/agreement";
import { clipLong } from "../schema/common";
import { CommandError } from "./command-error";
import { transact } from "./transact";
import type { BoardMaps } from "../doc/layout";

function requireAgreement(maps: BoardMaps, agreementId: string): EntityMap {
  const agreement = getEntity(maps.agreements, agreementId);
  if (!agreement) throw new CommandError(`There is no service agreement "${agreementId}".`);
  return agreement;
}

function array<T>(agreement: EntityMap, key: "flowIds" | "measures"): Y.Array<T> {
  let value = agreement.get(key);
  if (!(value instanceof Y.Array)) {
    value = new Y.Array<T>();
    agreement.set(key, value);
  }
  return value as Y.Array<T>;
}

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
  if (fields.reviewBy !== undefined && !REVIEW_DATE_PATTERN.test(fields.reviewBy))
    throw new CommandError("A review date looks like 2027-03-31.");
  transact(doc, origin, (maps) => {
    const agreement = requireAgreement(maps, agreementId);
    if (fields.status !== undefined) agreement.set("status", fields.status);
    if (fields.expectation !== undefined) agreement.set("expectation", clipLong(fields.expectation));
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

function checkMeasure(measure: Partial<Measure>): void {
  if (measure.dimension !== undefined && !MEASURE_DIMENSIONS.includes(measure.dimension))
    throw new CommandError(`Unknown dimension "${measure.dimension}".`);
  for (const key of ["weight", "score"] as const) {
    const value = measure[key];
    if (value !== undefined && (!Number.isFinite(value) || value < 0 || value > MEASURE_SCALE_MAX))
      throw new CommandError(`A measure's ${key} must be between 0 and ${MEASURE_SCALE_MAX}.`);
  }
}

/** Appends a measure to an agreement; weights are never adjusted to sum to 100 behind anyone's back. */
export function addMeasure(doc: Y.Doc, agreementId: string, measure: Measure, origin?: Origin): void {
  checkMeasure(measure);
  transact(doc, origin, (maps) =>
    array<Y.Map<unknown>>(requireAgreement(maps, agreementId), "measures").push([toMeasureYMap(measure)]),
  );
}

/** Edits one measure's fields (`score: null` clears the score). */
export function updateMeasure(
  doc: Y.Doc,
  agreementId: string,
  index: number,
  fields: Partial<Omit<Measure, "score">> & { score?: number | null },
  origin?: Origin,
): void {
  checkMeasure({ ...fields, score: fields.score ?? undefined });
  transact(doc, origin, (maps) => {
    const measure = array<Y.Map<unknown>>(requireAgreement(maps, agreementId), "measures").get(index);
    if (!(measure instanceof Y.Map)) throw new CommandError("That measure no longer exists.");
    for (const [key, value] of Object.entries(fields)) {
      if (value === null) measure.delete(key);
      else if (value !== undefined) measure.set(key, value);
    }
  });
}

export function removeMeasure(doc: Y.Doc, agreementId: string, index: number, origin?: Origin): void {
  transact(doc, origin, (maps) => {
    const measures = array<Y.Map<unknown>>(requireAgreement(maps, agreementId), "measures");
    if (index >= 0 && index < measures.length) measures.delete(index, 1);
  });
}
