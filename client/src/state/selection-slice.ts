import type { StateCreator } from "zustand";
import type { Store } from "./store";

/** What the user has picked on the canvas. Session scope: this tab only, never synced. */
export interface SelectionSlice {
  selectedStepIds: ReadonlySet<string>;
  selectedFlowIds: ReadonlySet<string>;
  /** The lane new steps go into from the toolbar: the last lane clicked or the selected step's lane. */
  activeLaneId: string | null;
  setStepsSelected: (changes: ReadonlyArray<{ id: string; selected: boolean }>) => void;
  setFlowsSelected: (changes: ReadonlyArray<{ id: string; selected: boolean }>) => void;
  selectOnlyStep: (stepId: string) => void;
  clearSelection: () => void;
  setActiveLane: (laneId: string | null) => void;
}

function applyChanges(
  current: ReadonlySet<string>,
  changes: ReadonlyArray<{ id: string; selected: boolean }>,
): ReadonlySet<string> {
  const next = new Set(current);
  for (const { id, selected } of changes) {
    if (selected) next.add(id);
    else next.delete(id);
  }
  const unchanged = next.size === current.size && [...next].every((id) => current.has(id));
  return unchanged ? current : next;
}

const EMPTY: ReadonlySet<string> = new Set();

export const createSelectionSlice: StateCreator<Store, [], [], SelectionSlice> = (set) => ({
  selectedStepIds: EMPTY,
  selectedFlowIds: EMPTY,
  activeLaneId: null,
  setStepsSelected: (changes) => set((state) => ({ selectedStepIds: applyChanges(state.selectedStepIds, changes) })),
  setFlowsSelected: (changes) => set((state) => ({ selectedFlowIds: applyChanges(state.selectedFlowIds, changes) })),
  selectOnlyStep: (stepId) => set({ selectedStepIds: new Set([stepId]), selectedFlowIds: EMPTY }),
  clearSelection: () => set({ selectedStepIds: EMPTY, selectedFlowIds: EMPTY }),
  setActiveLane: (laneId) => set({ activeLaneId: laneId }),
});
