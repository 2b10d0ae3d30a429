import type { StateCreator } from "zustand";
import type { Store } from "./store";

/** Which inline editor is open. Session scope. */
export interface EditingSlice {
  editingStepId: string | null;
  /** Text to start the step editor with (a typed character); null keeps the current label. */
  editingStepSeed: string | null;
  editingFlowId: string | null;
  /** A lane whose name editor is open (a lane just added opens it). */
  editingLaneId: string | null;
  startEditingStep: (stepId: string, seed?: string) => void;
  startEditingFlow: (flowId: string) => void;
  startEditingLane: (laneId: string) => void;
  stopEditing: () => void;
}

const CLOSED = { editingStepId: null, editingStepSeed: null, editingFlowId: null, editingLaneId: null };

export const createEditingSlice: StateCreator<Store, [], [], EditingSlice> = (set) => ({
  editingStepId: null,
  editingStepSeed: null,
  editingFlowId: null,
  editingLaneId: null,
  startEditingStep: (stepId, seed) => set({ ...CLOSED, editingStepId: stepId, editingStepSeed: seed ?? null }),
  startEditingFlow: (flowId) => set({ ...CLOSED, editingFlowId: flowId }),
  startEditingLane: (laneId) => set({ ...CLOSED, editingLaneId: laneId }),
  stopEditing: () => set(CLOSED),
});
