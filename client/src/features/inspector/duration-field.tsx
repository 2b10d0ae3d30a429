import { useState } from "react";
import { bestUnit, DURATION_UNITS, durationInUnit, parseDuration, type DurationUnit } from "../../lib/duration";

interface DurationFieldProps {
  label: string;
  /** Stored minutes, or undefined when not measured. */
  minutes: number | undefined;
  /** Saves minutes (null clears); returns an error message to show, or null. */
  onCommit: (minutes: number | null) => string | null;
  readOnly: boolean;
  testId: string;
}

/** A time entered in minutes, hours or (8-hour) days, stored in minutes; errors show beneath. */
export function DurationField({ label, minutes, onCommit, readOnly, testId }: DurationFieldProps) {
  const [unit, setUnit] = useState<DurationUnit | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shownUnit = unit ?? (minutes === undefined ? "min" : bestUnit(minutes));
  const shown = draft ?? (minutes === undefined ? "" : durationInUnit(minutes, shownUnit));

  const commit = () => {
    if (draft === null) return;
    const parsed = parseDuration(draft, shownUnit);
    if (!parsed.ok) return setError(parsed.error);
    const refused = parsed.minutes === (minutes ?? null) ? null : onCommit(parsed.minutes);
    setError(refused);
    if (!refused) {
      setDraft(null);
      if (parsed.minutes !== null && /[a-z]/i.test(draft)) setUnit(bestUnit(parsed.minutes));
    }
  };

  return (
    <div className="field">
      <span className="field__label">{label}</span>
      <div className="duration">
        <input
          className={`field__input duration__value${error ? " field__input--error" : ""}`}
          aria-label={label}
          aria-invalid={error !== null}
          data-testid={testId}
          inputMode="decimal"
          placeholder={readOnly ? "–" : "e.g. 2h"}
          readOnly={readOnly}
          value={shown}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            event.stopPropagation();
            if (event.key === "Enter") commit();
            if (event.key === "Escape") {
              setDraft(null);
              setError(null);
            }
          }}
        />
        <select
          className="field__input field__select duration__unit"
          aria-label={`${label} unit`}
          value={shownUnit}
          disabled={readOnly}
          onChange={(event) => {
            setUnit(event.target.value as DurationUnit);
            setDraft(null);
          }}
        >
          {DURATION_UNITS.map((candidate) => (
            <option key={candidate} value={candidate}>
              {candidate === "min" ? "minutes" : candidate === "h" ? "hours" : "days"}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <span className="field__error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
