import { createPortal } from "react-dom";

/** Shown while files are dragged over the page. */
export function DropOverlay({ text }: { text: string }) {
  return createPortal(
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay__card">{text}</div>
    </div>,
    document.body,
  );
}
