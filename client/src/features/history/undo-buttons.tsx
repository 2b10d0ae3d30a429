import { useSyncExternalStore } from "react";
import { useBoardSession } from "../../sync/board-session";
import { useUndoKeyboard } from "./use-undo-keyboard";
import "./history.css";

const IS_MAC = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = IS_MAC ? "⌘" : "Ctrl+";

/** Undo and redo of this person's own changes; others' edits are never taken back. */
export function UndoButtons() {
  const { undo, readOnly } = useBoardSession();
  const state = useSyncExternalStore(undo.subscribe, undo.getState);
  useUndoKeyboard();
  if (readOnly) return null;
  return (
    <div className="undo-buttons" role="group" aria-label="History">
      <button
        type="button"
        className="icon-button"
        data-testid="undo"
        aria-label="Undo"
        title={`Undo your last change (${MOD}Z)`}
        disabled={!state.canUndo}
        onClick={undo.undo}
      >
        ↶
      </button>
      <button
        type="button"
        className="icon-button"
        data-testid="redo"
        aria-label="Redo"
        title={`Redo (${MOD}Shift+Z)`}
        disabled={!state.canRedo}
        onClick={undo.redo}
      >
        ↷
      </button>
    </div>
  );
}
