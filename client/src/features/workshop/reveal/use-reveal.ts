import { useCallback } from "react";
import { useReactFlow } from "@xyflow/react";
import type { NoteTarget } from "@brownpaper/shared";
import { useBoard } from "../../../sync/use-board";
import { useUiStore } from "../../../state/store";
import { selectQuietly } from "./quiet-selection";
import { targetCentre } from "./target-centre";

/** Something a list line points at: a map element, or a note stuck on one. */
export type RevealTarget = NoteTarget | { type: "note"; id: string };

/** Selects a step, flow, lane or note and brings it to the middle of the canvas. */
export function useReveal(): (target: RevealTarget) => void {
  const board = useBoard();
  const { setCenter, getZoom } = useReactFlow();
  return useCallback(
    (target) => {
      const ui = useUiStore.getState();
      let place: NoteTarget = target.type === "note" ? { type: "board", id: "board" } : target;
      if (target.type === "note") {
        const note = board.notes.find((candidate) => candidate.id === target.id);
        if (note) place = note.target;
      }
      selectQuietly(() => {
        if (target.type === "note") ui.selectNote(target.id);
        else if (target.type === "step") ui.selectOnlyStep(target.id);
        else if (target.type === "flow") ui.selectOnlyFlow(target.id);
        else if (target.type === "lane") ui.selectLane(target.id);
        else ui.clearSelection();
      });
      const centre = targetCentre(board, place);
      if (centre) void setCenter(centre.x, centre.y, { zoom: Math.max(getZoom(), 0.8), duration: 400 });
    },
    [board, setCenter, getZoom],
  );
}
