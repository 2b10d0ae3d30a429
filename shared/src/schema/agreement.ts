import * as Y from "yjs";
import { z } from "zod";
import { isYMap, num, oneOf, optionalNum, str } from "../doc/coerce";
import { ROOT, toYMap, type EntityMap } from "../doc/layout";
import { idSchema, longText, shortText, type EntityModule } from "./common";
import { newId } from "../ids";
import {
  DEFAULT_REVIEW_INTERVAL_DAYS,
  MAX_REVIEW_INTERVAL_DAYS,
  MAX_REVIEWS_PER_AGREEMENT,
  reviewRecordSchema,
  signatureSchema,
  type ReviewRecord,
} from "./review";

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
  /** Stable within its agreement: review rounds key their scores by it. Files may leave it out. */
  id: idSchema.optional(),
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
  /** Days from a round's close to the next review date. */
  reviewIntervalDays: z.number().int().min(1).max(MAX_REVIEW_INTERVAL_DAYS).default(DEFAULT_REVIEW_INTERVAL_DAYS),
  /** Closed review rounds, oldest first. */
  reviews: z.array(reviewRecordSchema).max(MAX_REVIEWS_PER_AGREEMENT).default([]),
  /** `agreed` needs both sides' signatures; changing the terms afterwards clears them. */
  signedByProvider: signatureSchema.optional(),
  signedByCustomer: signatureSchema.optional(),
  /** Why the signatures were cleared, shown until the agreement is signed again. */
  signoffNote: shortText.optional(),
});

/** A measure as a board file holds it. */
export type MeasureFile = z.output<typeof measureSchema>;
/** A measure as a board snapshot holds it: always with its id. */
export type Measure = MeasureFile & { id: string };
export type AgreementFile = z.output<typeof agreementSchema>;
export type ServiceAgreement = Omit<AgreementFile, "measures"> & { measures: Measure[] };

/** A measure stored before measures had ids is known by its Y.Map's own id, the same on every peer. */
function derivedMeasureId(map: Y.Map<unknown>): string {
  const item = map._item;
  return item ? `m-${item.id.client}-${item.id.clock}` : "m-0";
}

/** Two instances closing one round at once can each push it; the board shows it once. */
function uniqueById<T extends { id: string }>(entries: T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.id) && seen.add(entry.id) !== undefined);
}

function readJson<T>(value: unknown, schema: z.ZodType<T>): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function readMeasure(map: Y.Map<unknown>): Measure {
  const measure: Measure = {
    id: str(map, "id") || derivedMeasureId(map),
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
export function toMeasureYMap(measure: MeasureFile): EntityMap {
  return toYMap({
    id: measure.id ?? newId("m"),
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
  const reviews = map.get("reviews");
  const agreement: ServiceAgreement = {
    id,
    providerLaneId: str(map, "providerLaneId"),
    customerLaneId: str(map, "customerLaneId"),
    flowIds: flowIds instanceof Y.Array ? flowIds.toArray().filter((v): v is string => typeof v === "string") : [],
    status: oneOf(map, "status", AGREEMENT_STATUSES, DEFAULT_AGREEMENT_STATUS),
    expectation: str(map, "expectation"),
    customerObligations: str(map, "customerObligations"),
    reviewBy: str(map, "reviewBy"),
    measures: measures instanceof Y.Array ? measures.toArray().filter(isYMap).map(readMeasure) : [],
    reviewIntervalDays: readInterval(map),
    reviews:
      reviews instanceof Y.Array
        ? uniqueById(reviews.toArray().flatMap((review) => readJson(review, reviewRecordSchema) ?? []))
        : [],
  };
  const provider = readJson(map.get("signedByProvider"), signatureSchema);
  const customer = readJson(map.get("signedByCustomer"), signatureSchema);
  const signoffNote = map.get("signoffNote");
  if (provider) agreement.signedByProvider = provider;
  if (customer) agreement.signedByCustomer = customer;
  if (typeof signoffNote === "string" && signoffNote !== "") agreement.signoffNote = signoffNote;
  return agreement;
}

function readInterval(map: Y.Map<unknown>): number {
  const days = map.get("reviewIntervalDays");
  return typeof days === "number" && Number.isInteger(days) && days >= 1 && days <= MAX_REVIEW_INTERVAL_DAYS
    ? days
    : DEFAULT_REVIEW_INTERVAL_DAYS;
}

/**
 * The Y.Map of a new agreement, read back by `readAgreement`. Flows and measures are Y.Arrays
 * so two people adding a measure at once keep both.
 */
export function toAgreementYMap(agreement: Omit<AgreementFile, "id">): EntityMap {
  const map = toYMap({
    providerLaneId: agreement.providerLaneId,
    customerLaneId: agreement.customerLaneId,
    status: agreement.status,
    expectation: agreement.expectation,
    customerObligations: agreement.customerObligations,
    reviewBy: agreement.reviewBy,
    reviewIntervalDays: agreement.reviewIntervalDays,
    signedByProvider: agreement.signedByProvider,
    signedByCustomer: agreement.signedByCustomer,
    signoffNote: agreement.signoffNote,
  });
  const reviews = new Y.Array<ReviewRecord>();
  reviews.push([...agreement.reviews]);
  map.set("reviews", reviews);
  const flowIds = new Y.Array<string>();
  flowIds.push([...agreement.flowIds]);
  map.set("flowIds", flowIds);
  const measures = new Y.Array<Y.Map<unknown>>();
  measures.push(agreement.measures.map(toMeasureYMap));
  map.set("measures", measures);
  return map;
}
