import { useState } from "react";
import "./fields.css";

interface NumberCellProps {
  label: string;
  value: number | undefined;
  /** Saves the number (null when emptied); returns false when refused. */
  onCommit: (value: number | null) => boolean;
  readOnly: boolean;
  testId?: string;
}

/** A small 0–100 number in a table cell, saved on Enter or when leaving it. */
export function NumberCell({ label, value, onCommit, readOnly, testId }: NumberCellProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const text = draft.trim().replace(",", ".");
    const next = text === "" ? null : Number(text);
    if (next !== null && !Number.isFinite(next)) return setDraft(null);
    if (next === (value ?? null) || onCommit(next)) setDraft(null);
  };
  return (
    <input
      className="field__input number-cell"
      aria-label={label}
      data-testid={testId}
      inputMode="decimal"
      readOnly={readOnly}
      value={draft ?? (value === undefined ? "" : String(value))}
      placeholder={readOnly ? "" : "–"}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === "Enter") commit();
        if (event.key === "Escape") setDraft(null);
      }}
    />
  );
}
