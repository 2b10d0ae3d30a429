import { useCallback } from "react";
import { useReactFlow, useStoreApi } from "@xyflow/react";
import type { Board } from "@brownpaper/shared";
import { contentBounds, viewportForBounds } from "../layout/content-bounds";
import { laneBands } from "../layout/lane-layout";
import { STEP_SIZE } from "@brownpaper/shared";

/** Fits the lanes and their steps into the viewport, at most at 100%. */
export function useFitBoard() {
  const { setViewport } = useReactFlow();
  const flowStore = useStoreApi();
  return useCallback(
    (board: Board, duration = 300) => {
      if (board.lanes.length === 0) return;
      const bands = laneBands(board.lanes);
      const rightEdges = board.steps.map((step) => step.x + STEP_SIZE[step.kind].width);
      const { width, height } = flowStore.getState();
      void setViewport(viewportForBounds(contentBounds(bands, rightEdges), { width, height }), { duration });
    },
    [setViewport, flowStore],
  );
}
