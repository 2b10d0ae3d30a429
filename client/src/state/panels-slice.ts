import type { StateCreator } from "zustand";
import type { Store } from "./store";

/** Which popovers are open. Session scope. */
export interface PanelsSlice {
  shareOpen: boolean;
  setShareOpen: (open: boolean) => void;
}

export const createPanelsSlice: StateCreator<Store, [], [], PanelsSlice> = (set) => ({
  shareOpen: false,
  setShareOpen: (shareOpen) => set({ shareOpen }),
});
