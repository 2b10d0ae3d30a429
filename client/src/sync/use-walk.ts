import { useCallback, useMemo } from "react";
import { endWalk, flowOrder, readFacilitation, walkTo, type Board } from "@brownpaper/shared";
import { useBoardSession } from "./board-session";
import { useUiStore } from "../state/store";
import { useFacilitation } from "./use-facilitation";
import { walkNeighbour, walkStart } from "../lib/walk-order";

/** The walk as everyone sees it, and the facilitator's moves (writes to the facilitation doc). */
export function useWalk(board: Board) {
  const { facilitation } = useBoardSession();
  const { walk } = useFacilitation();
  const order = useMemo(() => flowOrder(board), [board]);

  const start = useCallback(() => {
    const [picked] = useUiStore.getState().selectedStepIds;
    const first = walkStart(order, board.steps, picked);
    if (first !== null) walkTo(facilitation.doc, first);
  }, [order, board.steps, facilitation]);

  // Read from the doc, not the last render, so quick key presses each move one step on.
  const step = useCallback(
    (direction: "next" | "previous") => {
      const to = walkNeighbour(order, readFacilitation(facilitation.doc).walk.stepId, direction);
      if (to !== null) walkTo(facilitation.doc, to);
    },
    [order, facilitation],
  );

  const end = useCallback(() => endWalk(facilitation.doc), [facilitation]);
  return { walk, order, start, step, end };
}

/** The facilitator's jump: the walk moves straight to a step (picked in the outline), and starts there if none is on. */
export function useWalkTo(): (stepId: string) => void {
  const { facilitation } = useBoardSession();
  return useCallback((stepId: string) => walkTo(facilitation.doc, stepId), [facilitation]);
}
