import { SURVEY_SCALE } from "@brownpaper/shared/src/schema/review-survey";

/** A step's score, `null` for "Can't say" (left unrated), `undefined` before any choice. */
export type ScaleAnswer = number | null | undefined;

interface ScaleQuestionProps {
  /** Unique on the page: names the radio group. */
  name: string;
  question: string;
  /** Shown under the question, e.g. the measure's target. */
  hint?: string;
  value: ScaleAnswer;
  onChange: (value: number | null) => void;
  disabled: boolean;
  /** Set when the server refused this answer. */
  error?: string;
}

/**
 * One question on the five-step scale: a fieldset whose legend is the question and a radio
 * per step with its word, so arrow keys move between the steps and a screen reader reads
 * "Usually, 4 of 6" under the question.
 */
export function ScaleQuestion({ name, question, hint, value, onChange, disabled, error }: ScaleQuestionProps) {
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const describedBy = [hint ? hintId : "", error ? errorId : ""].filter(Boolean).join(" ") || undefined;
  const options = [
    ...SURVEY_SCALE.map((step) => ({ key: String(step.value), label: step.label, value: step.value as number })),
    { key: "skip", label: "Can't say", value: null },
  ];
  return (
    <fieldset
      className={`survey-question${error ? " survey-question--error" : ""}`}
      aria-describedby={describedBy}
      data-testid="survey-question"
      data-question={name}
    >
      <legend className="survey-question__legend">{question}</legend>
      {hint && (
        <p className="survey-question__hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="survey-scale">
        {options.map((option) => (
          <label
            key={option.key}
            className={`survey-scale__step${option.value === null ? " survey-scale__step--skip" : ""}`}
          >
            <input
              type="radio"
              name={name}
              value={option.key}
              checked={option.value === value}
              disabled={disabled}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="survey-question__error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
