import type { Store } from "./store";

/** Module-level selectors, so components subscribe with stable functions (as React Flow does). */
export const selectSelectedStepIds = (state: Store) => state.selectedStepIds;
export const selectHasSingleStepSelected = (state: Store) =>
  state.selectedStepIds.size === 1 && state.selectedFlowIds.size === 0;
export const selectSelectedFlowIds = (state: Store) => state.selectedFlowIds;
export const selectActiveLaneId = (state: Store) => state.activeLaneId;
export const selectEditingStepId = (state: Store) => state.editingStepId;
export const selectEditingStepSeed = (state: Store) => state.editingStepSeed;
export const selectEditingFlowId = (state: Store) => state.editingFlowId;
export const selectEditingLaneId = (state: Store) => state.editingLaneId;
export const selectDragPositions = (state: Store) => state.dragPositions;
export const selectLaneResize = (state: Store) => state.laneResize;
export const selectToasts = (state: Store) => state.toasts;
export const selectShareOpen = (state: Store) => state.shareOpen;

export const selectSetStepsSelected = (state: Store) => state.setStepsSelected;
export const selectSetFlowsSelected = (state: Store) => state.setFlowsSelected;
export const selectClearSelection = (state: Store) => state.clearSelection;
export const selectSetActiveLane = (state: Store) => state.setActiveLane;
export const selectStartEditingStep = (state: Store) => state.startEditingStep;
export const selectStartEditingFlow = (state: Store) => state.startEditingFlow;
export const selectStartEditingLane = (state: Store) => state.startEditingLane;
export const selectStopEditing = (state: Store) => state.stopEditing;
export const selectSetDragPositions = (state: Store) => state.setDragPositions;
export const selectSetLaneResize = (state: Store) => state.setLaneResize;
export const selectDismissToast = (state: Store) => state.dismissToast;
export const selectSetShareOpen = (state: Store) => state.setShareOpen;

export const selectSelectedLaneId = (state: Store) => state.selectedLaneId;
export const selectSelectedNoteId = (state: Store) => state.selectedNoteId;
export const selectWorkshopOpen = (state: Store) => state.workshopOpen;
export const selectWorkshopTab = (state: Store) => state.workshopTab;
export const selectRaciMatrixOpen = (state: Store) => state.raciMatrixOpen;
export const selectOpenAgreementId = (state: Store) => state.openAgreementId;
export const selectSetWorkshopOpen = (state: Store) => state.setWorkshopOpen;
export const selectSetWorkshopTab = (state: Store) => state.setWorkshopTab;
export const selectSetRaciMatrixOpen = (state: Store) => state.setRaciMatrixOpen;
export const selectSetOpenAgreement = (state: Store) => state.setOpenAgreement;
