/**
 * What the survey page shows of a review round, with no zod behind it: the survey is a light
 * bundle of its own that people open on a phone, and imports this file alone.
 */

export const MAX_REVIEW_COMMENT = 2000;

/** The answer to the fixed question every review asks about the provider. */
export function focusQuestion(providerName: string): string {
  return `How free did working with ${providerName || "this team"} leave you to focus on your own work?`;
}

/** The five steps a survey shows for each measure, and the score each stands for. */
export const SURVEY_SCALE = [
  { value: 0, label: "Never" },
  { value: 25, label: "Rarely" },
  { value: 50, label: "Sometimes" },
  { value: 75, label: "Usually" },
  { value: 100, label: "Always" },
] as const;
