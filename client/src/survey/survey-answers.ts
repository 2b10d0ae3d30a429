import type { ReviewResponseBody } from "../lib/review-api";
import type { ScaleAnswer } from "./scale-question";

/** The question a survey page keeps the focus answer under, beside the measures' ids. */
export const FOCUS_KEY = "focus";
export const COMMENT_KEY = "comment";

export interface SurveyAnswers {
  /** measure id → answer */
  scores: Record<string, ScaleAnswer>;
  focus: ScaleAnswer;
  comment: string;
}

export const NO_ANSWERS: SurveyAnswers = { scores: {}, focus: undefined, comment: "" };

/** The body to post: rated measures only ("Can't say" and unanswered ones are left out). */
export function responseBody(answers: SurveyAnswers): ReviewResponseBody {
  const scores: Record<string, number> = {};
  for (const [id, answer] of Object.entries(answers.scores)) if (typeof answer === "number") scores[id] = answer;
  const body: ReviewResponseBody = { scores };
  if (typeof answers.focus === "number") body.focus = answers.focus;
  const comment = answers.comment.trim();
  if (comment !== "") body.comment = comment;
  return body;
}

/** Nothing to send: no step chosen and no comment. */
export function isEmpty(answers: SurveyAnswers): boolean {
  const body = responseBody(answers);
  return Object.keys(body.scores).length === 0 && body.focus === undefined && body.comment === undefined;
}

/**
 * Which question a refusal is about, from the field it names (`scores.m3: must be 0–100` → the
 * measure m3, `focus: …`, `comment: …`); null when it names none the page shows.
 */
export function refusedQuestion(error: string, measureIds: readonly string[]): string | null {
  const field = /^([^:]+):/.exec(error)?.[1]?.trim();
  if (!field) return null;
  if (field === FOCUS_KEY || field === COMMENT_KEY) return field;
  const measure = field.startsWith("scores.") ? field.slice("scores.".length) : null;
  return measure !== null && measureIds.includes(measure) ? measure : null;
}
