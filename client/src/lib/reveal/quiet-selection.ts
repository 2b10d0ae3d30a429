import { useEffect } from "react";
import { useUiStore } from "../../state/store";
import type { Store } from "../../state/store";

/**
 * Picking something on the canvas opens the inspector; picking it from a list in the panel
 * (pain points, gap report) must not, or the list would vanish under the reader's finger.
 * Lists select through `selectQuietly`, which the subscriber below recognises.
 */
let quiet = false;

export function selectQuietly(select: () => void): void {
  quiet = true;
  try {
    select();
  } finally {
    quiet = false;
  }
}

/** A lane alone does not count: a click on a band's background should not pull the panel away from a list. */
const picked = (state: Store) =>
  state.selectedStepIds.size + state.selectedFlowIds.size > 0 || state.selectedNoteId !== null;
const changed = (a: Store, b: Store) =>
  a.selectedStepIds !== b.selectedStepIds ||
  a.selectedFlowIds !== b.selectedFlowIds ||
  a.selectedLaneId !== b.selectedLaneId ||
  a.selectedNoteId !== b.selectedNoteId;

/** Switches the panel to the inspector when the user picks something on the canvas. */
export function useInspectOnCanvasSelection(): void {
  useEffect(
    () =>
      useUiStore.subscribe((state, previous) => {
        if (quiet || !changed(state, previous) || !picked(state) || state.workshopTab === "inspect") return;
        state.setWorkshopTab("inspect");
      }),
    [],
  );
}
