import type { StateCreator } from "zustand";
import type { Store } from "./store";

export interface CanvasPoint {
  x: number;
  y: number;
}

/**
 * Positions and sizes that exist only while a pointer is down. They are drawn over the
 * projection and written to the doc once, on release, as a single command.
 */
export interface TransientSlice {
  dragPositions: ReadonlyMap<string, CanvasPoint>;
  laneResize: { laneId: string; height: number } | null;
  setDragPositions: (moves: ReadonlyArray<{ id: string; position: CanvasPoint }>) => void;
  clearDragPositions: () => void;
  setLaneResize: (resize: { laneId: string; height: number } | null) => void;
}

const NO_DRAG: ReadonlyMap<string, CanvasPoint> = new Map();

export const createTransientSlice: StateCreator<Store, [], [], TransientSlice> = (set) => ({
  dragPositions: NO_DRAG,
  laneResize: null,
  setDragPositions: (moves) =>
    set((state) => {
      const next = new Map(state.dragPositions);
      for (const { id, position } of moves) next.set(id, position);
      return { dragPositions: next };
    }),
  clearDragPositions: () => set({ dragPositions: NO_DRAG }),
  setLaneResize: (laneResize) => set({ laneResize }),
});
