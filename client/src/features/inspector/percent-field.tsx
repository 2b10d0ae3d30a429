import { useState } from "react";

interface PercentFieldProps {
  label: string;
  value: number | undefined;
  onCommit: (value: number | null) => string | null;
  readOnly: boolean;
  testId: string;
}

/** A 0–100 percentage; empty clears it, anything else out of range is explained beneath. */
export function PercentField({ label, value, onCommit, readOnly, testId }: PercentFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? (value === undefined ? "" : String(value));
  const commit = () => {
    if (draft === null) return;
    const text = draft.trim().replace(/%$/, "").replace(",", ".").trim();
    const next = text === "" ? null : Number(text);
    if (next !== null && !Number.isFinite(next)) return setError("Type a percentage from 0 to 100.");
    const refused = next === (value ?? null) ? null : onCommit(next);
    setError(refused);
    if (!refused) setDraft(null);
  };
  return (
    <div className="field">
      <span className="field__label">{label}</span>
      <div className="percent">
        <input
          className={`field__input percent__value${error ? " field__input--error" : ""}`}
          aria-label={label}
          aria-invalid={error !== null}
          data-testid={testId}
          inputMode="decimal"
          placeholder={readOnly ? "–" : "0–100"}
          readOnly={readOnly}
          value={shown}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            event.stopPropagation();
            if (event.key === "Enter") commit();
          }}
        />
        <span className="percent__sign">%</span>
      </div>
      {error && (
        <span className="field__error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
