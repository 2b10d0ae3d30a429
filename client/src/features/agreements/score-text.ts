/** A 0–100 score as a whole number, or "–" when nothing is scored yet. */
export function scoreText(score: number | null): string {
  return score === null ? "–" : String(Math.round(score));
}

/** The band a score falls in, for its colour: the RAG bands, good from 75, fair from 50, else poor. */
export { scoreBand } from "@brownpaper/shared";

/** A change of score between two rounds, in words: "+5 since the round before". Empty without one. */
export function trendText(trend: number | null): string {
  if (trend === null) return "";
  const rounded = Math.round(trend);
  if (rounded === 0) return "no change since the round before";
  return `${rounded > 0 ? "+" : "−"}${Math.abs(rounded)} since the round before`;
}
