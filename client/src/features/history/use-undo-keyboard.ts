import { useEffect } from "react";
import { useBoardSession } from "../../sync/board-session";

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z and Ctrl+Y redo — the user's own changes only. Left
 * to the browser inside text fields, where they undo typing.
 */
export function useUndoKeyboard(): void {
  const { undo, readOnly } = useBoardSession();
  useEffect(() => {
    if (readOnly) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === "z") {
        event.preventDefault();
        if (event.shiftKey) undo.redo();
        else undo.undo();
      } else if (key === "y" && event.ctrlKey && !event.shiftKey) {
        event.preventDefault();
        undo.redo();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [undo, readOnly]);
}
