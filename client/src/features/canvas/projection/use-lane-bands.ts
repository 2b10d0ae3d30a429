import { useMemo } from "react";
import type { Board } from "@brownpaper/shared";
import { useUiStore } from "../../../state/store";
import { selectLaneResize } from "../../../state/selectors";
import { laneBands, type LaneBand } from "../layout/lane-layout";

/** Lane bands for the current board, with a lane being resized drawn at its dragged height. */
export function useLaneBands(board: Board): LaneBand[] {
  const laneResize = useUiStore(selectLaneResize);
  return useMemo(() => laneBands(board.lanes, laneResize), [board.lanes, laneResize]);
}
