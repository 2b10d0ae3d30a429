import "./fields.css";
interface SelectFieldProps<T extends string> {
  label: string;
  value: T | "";
  options: ReadonlyArray<{ value: T; label: string; group?: string }>;
  onChange: (value: T) => void;
  readOnly: boolean;
  /** Shown first when the value is empty ("No channel"). */
  emptyLabel?: string;
  testId?: string;
  hideLabel?: boolean;
}

/** A labelled drop-down; options with a `group` are shown under that heading. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  readOnly,
  emptyLabel,
  testId,
  hideLabel,
}: SelectFieldProps<T>) {
  const groups = [...new Set(options.map((option) => option.group))];
  const render = (list: typeof options) =>
    list.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ));
  return (
    <label className="field">
      {!hideLabel && <span className="field__label">{label}</span>}
      <select
        className="field__input field__select"
        aria-label={label}
        data-testid={testId}
        value={value}
        disabled={readOnly}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {groups.map((group) =>
          group === undefined ? (
            render(options.filter((option) => option.group === undefined))
          ) : (
            <optgroup key={group} label={group}>
              {render(options.filter((option) => option.group === group))}
            </optgroup>
          ),
        )}
      </select>
    </label>
  );
}
