import { useEffect, useRef, useState } from "react";
import { SHORT_TEXT_MAX } from "@brownpaper/shared";

interface InlineTextInputProps {
  initial: string;
  /** Put the caret at the end instead of selecting everything (typing started the edit). */
  caretAtEnd?: boolean;
  label: string;
  testId: string;
  className: string;
  placeholder?: string;
  /** Return false to keep the editor open (the value was refused). */
  onCommit: (value: string) => boolean;
  onCancel: () => void;
}

/**
 * A one-line editor used in place on the canvas: Enter saves, Escape cancels, leaving the
 * field saves. Keys stay inside it, so Delete or Shift+1 edit text instead of the board.
 */
export function InlineTextInput({
  initial,
  caretAtEnd,
  label,
  testId,
  className,
  placeholder,
  onCommit,
  onCancel,
}: InlineTextInputProps) {
  const [value, setValue] = useState(initial);
  const ref = useRef<HTMLInputElement>(null);
  const closed = useRef(false);

  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.focus();
    if (caretAtEnd) input.setSelectionRange(input.value.length, input.value.length);
    else input.select();
  }, [caretAtEnd]);

  const commit = () => {
    if (closed.current) return;
    if (onCommit(value)) closed.current = true;
  };
  const cancel = () => {
    if (closed.current) return;
    closed.current = true;
    onCancel();
  };

  return (
    <input
      ref={ref}
      className={`${className} nodrag nopan nowheel`}
      data-testid={testId}
      aria-label={label}
      placeholder={placeholder}
      value={value}
      maxLength={SHORT_TEXT_MAX}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === "Enter") commit();
        else if (event.key === "Escape") cancel();
      }}
      onBlur={() => {
        if (closed.current) return;
        closed.current = true;
        if (!onCommit(value)) onCancel();
      }}
      onDoubleClick={(event) => event.stopPropagation()}
    />
  );
}
