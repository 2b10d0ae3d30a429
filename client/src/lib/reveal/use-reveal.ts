import { useCallback } from "react";
import { useReactFlow, useStoreApi } from "@xyflow/react";
import type { NoteTarget } from "@brownpaper/shared";
import { useBoard } from "../../sync/use-board";
import { useUiStore } from "../../state/store";
import { groupBounds, groupViewport, REVEAL_ZOOM, type RevealGroup } from "./group-view";
import { selectQuietly } from "./quiet-selection";
import { targetCentre } from "./target-centre";

/** Something a list line points at: a map element, a note stuck on one, or several steps and flows at once. */
export type RevealTarget = NoteTarget | { type: "note"; id: string } | ({ type: "group" } & RevealGroup);

/**
 * Selects what a line points at and brings it to the middle of the canvas: one step, flow,
 * lane or note centred, or a group selected together and framed whole.
 */
export function useReveal(): (target: RevealTarget) => void {
  const board = useBoard();
  const { setCenter, setViewport, getZoom } = useReactFlow();
  const flowStore = useStoreApi();
  return useCallback(
    (target) => {
      const ui = useUiStore.getState();
      if (target.type === "group") {
        selectQuietly(() => {
          ui.clearSelection();
          ui.setStepsSelected(target.stepIds.map((id) => ({ id, selected: true })));
          ui.setFlowsSelected(target.flowIds.map((id) => ({ id, selected: true })));
        });
        const bounds = groupBounds(board, target);
        const { width, height } = flowStore.getState();
        if (bounds) void setViewport(groupViewport(bounds, { width, height }, getZoom()), { duration: 400 });
        return;
      }
      // A note is shown where it is stuck; an action raised from a pain point, where that pain point is.
      let place: NoteTarget = target;
      for (let hop = 0; place.type === "note" && hop < 2; hop++) {
        const id = place.id;
        place = board.notes.find((candidate) => candidate.id === id)?.target ?? { type: "board", id: "board" };
      }
      selectQuietly(() => {
        if (target.type === "note") ui.selectNote(target.id);
        else if (target.type === "step") ui.selectOnlyStep(target.id);
        else if (target.type === "flow") ui.selectOnlyFlow(target.id);
        else if (target.type === "lane") ui.selectLane(target.id);
        else ui.clearSelection();
      });
      const centre = targetCentre(board, place);
      if (centre) void setCenter(centre.x, centre.y, { zoom: Math.max(getZoom(), REVEAL_ZOOM), duration: 400 });
    },
    [board, setCenter, setViewport, getZoom, flowStore],
  );
}
