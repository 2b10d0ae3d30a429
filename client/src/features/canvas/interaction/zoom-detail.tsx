import { useEffect, type RefObject } from "react";
import { useStore, type ReactFlowState } from "@xyflow/react";

/**
 * Below this zoom a step's 13px label is under 5px on screen: nobody reads it, yet painting
 * thousands of such labels, chips and badges is most of what a pan or zoom frame costs.
 */
export const FAR_ZOOM = 0.35;
const FAR = "board-canvas--far";
const selectFar = (state: ReactFlowState) => state.transform[2] < FAR_ZOOM;

/**
 * Marks the canvas while it is zoomed out past FAR_ZOOM, so the styles draw steps and
 * handovers as shapes without their text (as whiteboards do at a distance). Renders nothing,
 * and re-renders only when the zoom crosses the threshold, not on every frame.
 */
export function ZoomDetail({ canvas }: { canvas: RefObject<HTMLElement | null> }) {
  const far = useStore(selectFar);
  useEffect(() => {
    canvas.current?.classList.toggle(FAR, far);
  }, [canvas, far]);
  return null;
}
