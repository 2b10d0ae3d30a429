import { create } from "zustand";
import { createEditingSlice, type EditingSlice } from "./editing-slice";
import { createLiveSlice, type LiveSlice } from "./live-slice";
import { createPanelsSlice, type PanelsSlice } from "./panels-slice";
import { createSelectionSlice, type SelectionSlice } from "./selection-slice";
import { createToastSlice, type ToastSlice } from "./toast-slice";
import { createTransientSlice, type TransientSlice } from "./transient-slice";
import { createWorkshopSlice, type WorkshopSlice } from "./workshop-slice";

/**
 * Local UI state only: what is selected, which editor or panel is open, what is being
 * dragged. Board content never lives here; it comes from the Y.Doc through the projection.
 */
export type Store = SelectionSlice &
  EditingSlice &
  TransientSlice &
  ToastSlice &
  PanelsSlice &
  WorkshopSlice &
  LiveSlice;

export const useUiStore = create<Store>()((...args) => ({
  ...createSelectionSlice(...args),
  ...createEditingSlice(...args),
  ...createTransientSlice(...args),
  ...createToastSlice(...args),
  ...createPanelsSlice(...args),
  ...createWorkshopSlice(...args),
  ...createLiveSlice(...args),
}));

/** Clears everything tied to one board, when leaving it. */
export function resetUiStore(): void {
  const state = useUiStore.getState();
  state.clearSelection();
  state.stopEditing();
  state.clearDragPositions();
  state.setLaneResize(null);
  state.setActiveLane(null);
  state.setShareOpen(false);
  state.setRaciMatrixOpen(false);
  state.setOpenAgreement(null);
  state.dispatchFollow({ type: "stop" });
}
