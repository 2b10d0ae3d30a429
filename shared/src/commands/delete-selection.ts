import type * as Y from "yjs";
import type { Origin } from "../doc/origin";
import { removeFlow, removeLane, removeStep } from "./cascade";
import { transact } from "./transact";

export interface Selection {
  laneIds?: readonly string[];
  stepIds?: readonly string[];
  flowIds?: readonly string[];
}

/** Deletes everything selected, with what hangs off it, as one transaction (one undo step). */
export function deleteSelection(doc: Y.Doc, selection: Selection, origin?: Origin): void {
  transact(doc, origin, (maps) => {
    for (const flowId of selection.flowIds ?? []) removeFlow(maps, flowId);
    for (const stepId of selection.stepIds ?? []) removeStep(maps, stepId);
    for (const laneId of selection.laneIds ?? []) removeLane(maps, laneId);
  });
}
