import type { StateCreator } from "zustand";
import type { Store } from "./store";

/** What the user has picked on the canvas. Session scope: this tab only, never synced. */
export interface SelectionSlice {
  selectedStepIds: ReadonlySet<string>;
  selectedFlowIds: ReadonlySet<string>;
  /** A lane picked by its band or header (for the inspector); cleared when a step or flow is picked. */
  selectedLaneId: string | null;
  /** A sticky note picked on the canvas or in a list. */
  selectedNoteId: string | null;
  /** The lane new steps go into from the toolbar: the last lane clicked or the selected step's lane. */
  activeLaneId: string | null;
  setStepsSelected: (changes: ReadonlyArray<{ id: string; selected: boolean }>) => void;
  setFlowsSelected: (changes: ReadonlyArray<{ id: string; selected: boolean }>) => void;
  selectOnlyStep: (stepId: string) => void;
  selectOnlyFlow: (flowId: string) => void;
  selectLane: (laneId: string) => void;
  selectNote: (noteId: string) => void;
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
const NOTHING = { selectedStepIds: EMPTY, selectedFlowIds: EMPTY, selectedLaneId: null, selectedNoteId: null };
/** Picking a step or flow on the canvas replaces a picked lane or note. */
const picksSomething = (changes: ReadonlyArray<{ selected: boolean }>) =>
  changes.some((change) => change.selected) ? { selectedLaneId: null, selectedNoteId: null } : {};

export const createSelectionSlice: StateCreator<Store, [], [], SelectionSlice> = (set) => ({
  selectedStepIds: EMPTY,
  selectedFlowIds: EMPTY,
  selectedLaneId: null,
  selectedNoteId: null,
  activeLaneId: null,
  setStepsSelected: (changes) =>
    set((state) => ({ selectedStepIds: applyChanges(state.selectedStepIds, changes), ...picksSomething(changes) })),
  setFlowsSelected: (changes) =>
    set((state) => ({ selectedFlowIds: applyChanges(state.selectedFlowIds, changes), ...picksSomething(changes) })),
  selectOnlyStep: (stepId) => set({ ...NOTHING, selectedStepIds: new Set([stepId]) }),
  selectOnlyFlow: (flowId) => set({ ...NOTHING, selectedFlowIds: new Set([flowId]) }),
  selectLane: (laneId) => set({ ...NOTHING, selectedLaneId: laneId, activeLaneId: laneId }),
  selectNote: (noteId) => set({ ...NOTHING, selectedNoteId: noteId }),
  clearSelection: () => set(NOTHING),
  setActiveLane: (laneId) => set({ activeLaneId: laneId }),
});
