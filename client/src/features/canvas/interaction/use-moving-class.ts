import { useCallback, useRef } from "react";

const MOVING = "board-canvas--moving";

/**
 * Marks the canvas while the map pans or zooms, for styles that only pay off then: the
 * viewport and the lane header column get compositor layers (will-change), so a pan frame
 * moves the painted map instead of repainting thousands of steps. Dropped when the move
 * ends, so the map is painted sharp again at its new zoom. A class set directly on the
 * element: re-rendering the canvas twice per gesture would buy nothing.
 */
export function useMovingClass<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const onMoveStart = useCallback(() => ref.current?.classList.add(MOVING), []);
  const onMoveEnd = useCallback(() => ref.current?.classList.remove(MOVING), []);
  return { ref, onMoveStart, onMoveEnd };
}
