import { useEffect, useRef } from "react";
import { useReactFlow, useStore, type ReactFlowState } from "@xyflow/react";

const selectPaneReady = (state: ReactFlowState) => state.panZoom !== null && state.width > 0 && state.height > 0;
const selectPaneSize = (state: ReactFlowState) => `${state.width}x${state.height}`;

/**
 * Centres the walk's current step: when the walk moves on, and when this screen first can —
 * someone who joins or reloads mid-walk may get the walk before the board's steps, or before
 * the canvas has a size, and must still land on the step like everyone already in the room.
 * A pane resize centres again (React Flow keeps the top-left corner); moving the step does not,
 * so editing it during the walk does not yank the view.
 */
export function useCentreOnWalk(stepId: string | null, centreX: number | null, centreY: number | null): void {
  const { setCenter, getZoom } = useReactFlow();
  const ready = useStore(selectPaneReady);
  const paneSize = useStore(selectPaneSize);
  const centredFor = useRef<string | null>(null);

  useEffect(() => {
    if (stepId === null) {
      centredFor.current = null;
      return;
    }
    const key = `${stepId}@${paneSize}`;
    if (!ready || centreX === null || centreY === null || centredFor.current === key) return;
    centredFor.current = key;
    void setCenter(centreX, centreY, { zoom: Math.max(getZoom(), 0.8), duration: 400 });
  }, [stepId, centreX, centreY, ready, paneSize, setCenter, getZoom]);
}
