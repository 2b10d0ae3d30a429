import type { StateCreator } from "zustand";
import type { Store } from "./store";

export const WORKSHOP_TABS = ["inspect", "pain", "actions", "agreements", "report"] as const;
export type WorkshopTab = (typeof WORKSHOP_TABS)[number];

/** The workshop side panel and the RACI matrix dialog. Session scope: this tab only. */
export interface WorkshopSlice {
  workshopOpen: boolean;
  workshopTab: WorkshopTab;
  raciMatrixOpen: boolean;
  /** The agreement unfolded in the agreements list, or null. */
  openAgreementId: string | null;
  setWorkshopOpen: (open: boolean) => void;
  setWorkshopTab: (tab: WorkshopTab) => void;
  setRaciMatrixOpen: (open: boolean) => void;
  setOpenAgreement: (agreementId: string | null) => void;
}

export const createWorkshopSlice: StateCreator<Store, [], [], WorkshopSlice> = (set) => ({
  workshopOpen: true,
  workshopTab: "inspect",
  raciMatrixOpen: false,
  openAgreementId: null,
  setWorkshopOpen: (workshopOpen) => set({ workshopOpen }),
  setWorkshopTab: (workshopTab) => set({ workshopTab, workshopOpen: true }),
  setRaciMatrixOpen: (raciMatrixOpen) => set({ raciMatrixOpen }),
  setOpenAgreement: (openAgreementId) => set({ openAgreementId }),
});
