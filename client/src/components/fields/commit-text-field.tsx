import { useState, type KeyboardEvent } from "react";
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from "@brownpaper/shared";
import "./fields.css";

interface CommitTextFieldProps {
  label: string;
  value: string;
  /** Saves the draft; return false to keep it open (refused, the toast says why). */
  onCommit: (value: string) => boolean | void;
  readOnly: boolean;
  multiline?: boolean;
  placeholder?: string;
  testId?: string;
  /** Hide the visible label (the field sits in a row that names it). */
  hideLabel?: boolean;
}

/**
 * A labelled text field that saves when you leave it or press Enter (Ctrl+Enter in a
 * multi-line field), and Escape puts back the saved text. While nobody types in it, it shows
 * the doc's current value, so other people's edits appear live.
 */
export function CommitTextField({
  label,
  value,
  onCommit,
  readOnly,
  multiline,
  placeholder,
  testId,
  hideLabel,
}: CommitTextFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;
  const commit = () => {
    if (draft === null) return;
    if (draft === value || onCommit(draft) !== false) setDraft(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    event.stopPropagation();
    if (event.key === "Escape") {
      setDraft(null);
      event.currentTarget.blur();
    } else if (event.key === "Enter" && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    }
  };
  const common = {
    "aria-label": label,
    "data-testid": testId,
    value: shown,
    placeholder: readOnly ? "" : placeholder,
    readOnly,
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: commit,
    onKeyDown,
    className: multiline ? "field__input field__input--multiline" : "field__input",
  };
  return (
    <label className="field">
      {!hideLabel && <span className="field__label">{label}</span>}
      {multiline ? (
        <textarea rows={3} maxLength={LONG_TEXT_MAX} {...common} />
      ) : (
        <input type="text" maxLength={SHORT_TEXT_MAX} {...common} />
      )}
    </label>
  );
}
