import { useCallback } from "react";
import { useReactFlow } from "@xyflow/react";
import type { Board } from "@brownpaper/shared";
import { contentBounds } from "../layout/content-bounds";
import { laneBands } from "../layout/lane-layout";
import { STEP_SIZE } from "../layout/step-size";

/** Fits the lanes and their steps into the viewport. */
export function useFitBoard() {
  const { fitBounds } = useReactFlow();
  return useCallback(
    (board: Board, duration = 300) => {
      if (board.lanes.length === 0) return;
      const bands = laneBands(board.lanes);
      const rightEdges = board.steps.map((step) => step.x + STEP_SIZE[step.kind].width);
      void fitBounds(contentBounds(bands, rightEdges), { padding: 0.06, duration });
    },
    [fitBounds],
  );
}
