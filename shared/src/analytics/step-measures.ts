import type { Step, StepKind } from "../schema/step";

/** Step kinds that do work and so should carry times and %C&A; start and end events do not. */
export const MEASURED_STEP_KINDS: readonly StepKind[] = ["task", "decision", "wait"];

export const STEP_MEASURES = ["processTime", "leadTime", "pctCompleteAccurate"] as const;
export type StepMeasure = (typeof STEP_MEASURES)[number];

/** The measures a step still lacks, in a fixed order; empty for start and end events. */
export function missingMeasures(step: Step): StepMeasure[] {
  if (!MEASURED_STEP_KINDS.includes(step.kind)) return [];
  return STEP_MEASURES.filter((measure) => step[measure] === undefined);
}

/**
 * Minutes as the analytics use them. The doc only guarantees finite numbers (a raw write or
 * two concurrent edits can leave a negative time), so anything below zero counts as zero.
 */
export function minutes(value: number | undefined): number {
  return value === undefined ? 0 : Math.max(0, value);
}

/** A %C&A clamped to 0–100, for the same reason. */
export function percentage(value: number): number {
  return Math.min(100, Math.max(0, value));
}
