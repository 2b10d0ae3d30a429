import {
  RELATIONSHIP_DIMENSIONS,
  TASK_DIMENSIONS,
  type Measure,
  type MeasureDimension,
  type ServiceAgreement,
} from "../schema/agreement";

/** An agreement's service score and its two halves, each 0–100 or null when nothing is scored. */
export interface ServiceScore {
  combined: number | null;
  /** Over the task dimensions: speed, accuracy, quality, consistency, reliability. */
  task: number | null;
  /** Over the relationship dimensions: responsiveness, courtesy, empathy, confidentiality. */
  relationship: number | null;
}

/** How far two weight sums may differ and still count as equal (33.3 + 33.3 + 33.4). */
const WEIGHT_TOLERANCE = 1e-6;

function weightedMean(measures: readonly Measure[], dimensions: readonly MeasureDimension[]): number | null {
  let weighted = 0;
  let weights = 0;
  for (const measure of measures) {
    if (measure.score === undefined || !dimensions.includes(measure.dimension)) continue;
    // The doc only promises finite numbers; out-of-range values must not skew the score.
    const weight = Math.max(0, measure.weight);
    const score = Math.min(100, Math.max(0, measure.score));
    weighted += weight * score;
    weights += weight;
  }
  return weights > 0 ? weighted / weights : null;
}

/**
 * The service score of an agreement: Σ weight × score / Σ weight over the measures that have a
 * score, so unscored measures neither help nor hurt. Each half uses only its own dimensions.
 * A value is null when no scored measure carries weight. Weights are used as they are even
 * when they do not add up to 100: see `weightProblem`.
 */
export function serviceScore(agreement: Pick<ServiceAgreement, "measures">): ServiceScore {
  return {
    combined: weightedMean(agreement.measures, [...TASK_DIMENSIONS, ...RELATIONSHIP_DIMENSIONS]),
    task: weightedMean(agreement.measures, TASK_DIMENSIONS),
    relationship: weightedMean(agreement.measures, RELATIONSHIP_DIMENSIONS),
  };
}

/**
 * A message for the facilitator when an agreement's weights do not add up to 100 (or one is
 * negative), else null. An agreement without measures has nothing to weigh and yields null.
 * The weights are reported, never corrected: fixing them is a conversation, not arithmetic.
 */
export function weightProblem(agreement: Pick<ServiceAgreement, "measures">): string | null {
  if (agreement.measures.length === 0) return null;
  const negative = agreement.measures.find((measure) => measure.weight < 0);
  if (negative) return `Measure "${negative.name}" has a negative weight (${negative.weight}).`;
  const total = agreement.measures.reduce((sum, measure) => sum + measure.weight, 0);
  if (Math.abs(total - 100) <= WEIGHT_TOLERANCE) return null;
  const shown = Math.round(total * 100) / 100;
  return `Weights add up to ${shown}, not 100.`;
}
