import { useEffect } from "react";
import { deleteSelection } from "@brownpaper/shared";
import { runCommand } from "../../../sync/run-command";
import { useBoardSession } from "../../../sync/board-session";
import { useUiStore } from "../../../state/store";

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * Board shortcuts: Delete/Backspace removes the selected steps and flows, Shift+1 fits the
 * view, Enter or typing renames the one selected step, Escape clears the selection. None of
 * them fire while someone types in a field.
 */
export function useCanvasKeyboard(fitView: () => void): void {
  const { doc, readOnly } = useBoardSession();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.defaultPrevented || document.querySelector("[role=alertdialog]")) return;
      const ui = useUiStore.getState();
      if (event.shiftKey && event.code === "Digit1") {
        event.preventDefault();
        fitView();
        return;
      }
      if (event.key === "Escape") return ui.clearSelection();
      if (readOnly || event.ctrlKey || event.metaKey || event.altKey) return;

      const stepIds = [...ui.selectedStepIds];
      const flowIds = [...ui.selectedFlowIds];
      if (event.key === "Delete" || event.key === "Backspace") {
        if (stepIds.length + flowIds.length === 0) return;
        event.preventDefault();
        runCommand(() => deleteSelection(doc, { stepIds, flowIds }));
        ui.clearSelection();
        return;
      }
      const only = stepIds.length === 1 && flowIds.length === 0 ? stepIds[0] : undefined;
      if (only === undefined) return;
      if (event.key === "Enter" || event.key === "F2") {
        event.preventDefault();
        ui.startEditingStep(only);
      } else if (event.key.length === 1 && event.key !== " ") {
        event.preventDefault();
        ui.startEditingStep(only, event.key);
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [doc, readOnly, fitView]);
}
