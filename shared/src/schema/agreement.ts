import * as Y from "yjs";
import { z } from "zod";
import { isYMap, num, oneOf, optionalNum, str } from "../doc/coerce";
import { ROOT, toYMap, type EntityMap } from "../doc/layout";
import { idSchema, longText, shortText, type EntityModule } from "./common";

export const TASK_DIMENSIONS = ["speed", "accuracy", "quality", "consistency", "reliability"] as const;
export const RELATIONSHIP_DIMENSIONS = ["responsiveness", "courtesy", "empathy", "confidentiality"] as const;
export const MEASURE_DIMENSIONS = [...TASK_DIMENSIONS, ...RELATIONSHIP_DIMENSIONS] as const;
export type MeasureDimension = (typeof MEASURE_DIMENSIONS)[number];

export const AGREEMENT_STATUSES = ["draft", "agreed", "retired"] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const agreementEntity: EntityModule = { root: ROOT.agreements, scope: "document", storage: "records" };

/** A new agreement starts as a draft. */
export const DEFAULT_AGREEMENT_STATUS: AgreementStatus = "draft";
export const DEFAULT_MEASURE_DIMENSION: MeasureDimension = "speed";
/** A measure's weight and score are both on a 0–100 scale. */
export const MEASURE_SCALE_MAX = 100;
export const MAX_MEASURES = 100;
export const MAX_AGREEMENT_FLOWS = 10_000;
/** An ISO date (YYYY-MM-DD) or empty. */
export const REVIEW_DATE_PATTERN = /^(\d{4}-\d{2}-\d{2})?$/;

const onScale = z.number().finite().min(0).max(MEASURE_SCALE_MAX);

/** One measure of an internal service agreement. Weights of an agreement should sum to 100. */
export const measureSchema = z.object({
  name: shortText,
  dimension: z.enum(MEASURE_DIMENSIONS),
  target: shortText.default(""),
  weight: onScale,
  /** Current rating 0–100, when one has been given. */
  score: onScale.optional(),
});

/** An internal service agreement between a provider lane and its internal customer lane. */
export const agreementSchema = z.object({
  id: idSchema,
  providerLaneId: idSchema,
  customerLaneId: idSchema,
  flowIds: z.array(idSchema).max(MAX_AGREEMENT_FLOWS),
  status: z.enum(AGREEMENT_STATUSES),
  expectation: longText.default(""),
  customerObligations: longText.default(""),
  /** ISO date (YYYY-MM-DD) or empty. */
  reviewBy: z.string().regex(REVIEW_DATE_PATTERN, "must be a date like 2026-12-31 or empty").default(""),
  measures: z.array(measureSchema).max(MAX_MEASURES).default([]),
});

export type Measure = z.output<typeof measureSchema>;
export type ServiceAgreement = z.output<typeof agreementSchema>;

export function readMeasure(map: Y.Map<unknown>): Measure {
  const measure: Measure = {
    name: str(map, "name"),
    dimension: oneOf(map, "dimension", MEASURE_DIMENSIONS, DEFAULT_MEASURE_DIMENSION),
    target: str(map, "target"),
    weight: num(map, "weight", 0),
  };
  const score = optionalNum(map, "score");
  if (score !== undefined) measure.score = score;
  return measure;
}

/** The Y.Map of one measure, read back by `readMeasure`; each field merges on its own. */
export function toMeasureYMap(measure: Measure): EntityMap {
  return toYMap({
    name: measure.name,
    dimension: measure.dimension,
    target: measure.target,
    weight: measure.weight,
    score: measure.score,
  });
}

/** Reads an agreement from its Y.Map; list entries of the wrong type are left out. */
export function readAgreement(id: string, map: Y.Map<unknown>): ServiceAgreement {
  const flowIds = map.get("flowIds");
  const measures = map.get("measures");
  return {
    id,
    providerLaneId: str(map, "providerLaneId"),
    customerLaneId: str(map, "customerLaneId"),
    flowIds: flowIds instanceof Y.Array ? flowIds.toArray().filter((v): v is string => typeof v === "string") : [],
    status: oneOf(map, "status", AGREEMENT_STATUSES, DEFAULT_AGREEMENT_STATUS),
    expectation: str(map, "expectation"),
    customerObligations: str(map, "customerObligations"),
    reviewBy: str(map, "reviewBy"),
    measures: measures instanceof Y.Array ? measures.toArray().filter(isYMap).map(readMeasure) : [],
  };
}

/**
 * The Y.Map of a new agreement, read back by `readAgreement`. Flows and measures are Y.Arrays
 * so two people adding a measure at once keep both.
 */
export function toAgreementYMap(agreement: Omit<ServiceAgreement, "id">): EntityMap {
  const map = toYMap({
    providerLaneId: agreement.providerLaneId,
    customerLaneId: agreement.customerLaneId,
    status: agreement.status,
    expectation: agreement.expectation,
    customerObligations: agreement.customerObligations,
    reviewBy: agreement.reviewBy,
  });
  const flowIds = new Y.Array<string>();
  flowIds.push([...agreement.flowIds]);
  map.set("flowIds", flowIds);
  const measures = new Y.Array<Y.Map<unknown>>();
  measures.push(agreement.measures.map(toMeasureYMap));
  map.set("measures", measures);
  return map;
}
