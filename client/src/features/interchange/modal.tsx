import { useEffect, useId, useRef, type ReactNode } from "react";
import { createPortal } from "react-dom";

interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  testId?: string;
  /** Change it when the content changes enough that focus should move to it again. */
  focusKey?: string;
}

/**
 * A dialog outside the zoomed canvas: Escape closes it, focus moves in on open and goes back
 * where it was on close, and keys typed inside never reach the board's shortcuts.
 */
export function Modal({ title, onClose, children, wide, testId, focusKey }: ModalProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => previous?.focus();
  }, []);

  useEffect(() => {
    const dialog = dialogRef.current;
    const first =
      dialog?.querySelector<HTMLElement>("[data-autofocus]") ?? dialog?.querySelector<HTMLElement>("input, button");
    (first ?? dialog)?.focus();
  }, [focusKey]);

  return createPortal(
    <div className="dialog-backdrop" onPointerDown={() => close.current()}>
      <div
        ref={dialogRef}
        className={`dialog interchange-dialog${wide ? " interchange-dialog--wide" : ""}`}
        role="dialog"
        tabIndex={-1}
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        onPointerDown={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === "Escape") close.current();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
