import { z } from "zod";
import { idSchema, longText, shortText, type Scope } from "./common";

export const TASK_DIMENSIONS = ["speed", "accuracy", "quality", "consistency", "reliability"] as const;
export const RELATIONSHIP_DIMENSIONS = ["responsiveness", "courtesy", "empathy", "confidentiality"] as const;
export const MEASURE_DIMENSIONS = [...TASK_DIMENSIONS, ...RELATIONSHIP_DIMENSIONS] as const;
export type MeasureDimension = (typeof MEASURE_DIMENSIONS)[number];

export const AGREEMENT_STATUSES = ["draft", "agreed", "retired"] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** One measure of an internal service agreement. Weights of an agreement should sum to 100. */
export interface Measure {
  name: string;
  dimension: MeasureDimension;
  target: string;
  weight: number;
  /** Current rating 0–100, when one has been given. */
  score?: number;
}

/** An internal service agreement between a provider lane and its internal customer lane. */
export interface ServiceAgreement {
  id: string;
  providerLaneId: string;
  customerLaneId: string;
  flowIds: string[];
  status: AgreementStatus;
  expectation: string;
  customerObligations: string;
  /** ISO date (YYYY-MM-DD) or empty. */
  reviewBy: string;
  measures: Measure[];
}

export const agreementScope: Scope = "document";

export const measureSchema = z.object({
  name: shortText,
  dimension: z.enum(MEASURE_DIMENSIONS),
  target: shortText.default(""),
  weight: z.number().finite().min(0).max(100),
  score: z.number().finite().min(0).max(100).optional(),
});

export const agreementSchema = z.object({
  id: idSchema,
  providerLaneId: idSchema,
  customerLaneId: idSchema,
  flowIds: z.array(idSchema).max(10_000),
  status: z.enum(AGREEMENT_STATUSES),
  expectation: longText.default(""),
  customerObligations: longText.default(""),
  reviewBy: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, "must be a date like 2026-12-31 or empty")
    .default(""),
  measures: z.array(measureSchema).max(100).default([]),
});
