import { useCallback, useId, useMemo } from "react";
import type { Board } from "@brownpaper/shared";
import { useUiStore } from "../../state/store";
import { selectSelectedLaneId, selectSelectedStepIds } from "../../state/selectors";
import { useFacilitation, useIsFacilitator } from "../../sync/use-facilitation";
import { useWalkTo } from "../../sync/use-walk";
import { useReveal } from "../../lib/reveal/use-reveal";
import { laneKey, OutlineLanes } from "./outline-lanes";
import { buildOutline } from "./outline-model";
import { OutlineStepItem, stepKey } from "./outline-step-item";
import { useOutlineKeys } from "./use-outline-keys";
import "./outline.css";

const selectOutlineOpen = (state: ReturnType<typeof useUiStore.getState>) => state.outlineOpen;

/**
 * The board as lists a keyboard or screen reader can follow: lanes, then the steps in walk
 * order with the handovers into and out of them. It follows the doc live and marks the walk's
 * step, so the facilitator can read the walk from it and move the walk with "Walk here";
 * picking a lane or step selects it and brings it to the middle of the canvas.
 */
export function OutlinePanel({ board }: { board: Board }) {
  const open = useUiStore(selectOutlineOpen);
  const selectedSteps = useUiStore(selectSelectedStepIds);
  const selectedLaneId = useUiStore(selectSelectedLaneId);
  const { walk } = useFacilitation();
  const facilitator = useIsFacilitator();
  const reveal = useReveal();
  const walkTo = useWalkTo();
  const keys = useOutlineKeys();
  const stepsHeading = useId();
  const outline = useMemo(() => buildOutline(board), [board]);
  const pickLane = useCallback((id: string) => reveal({ type: "lane", id }), [reveal]);
  const pickStep = useCallback((id: string) => reveal({ type: "step", id }), [reveal]);
  if (!open) return null;

  const visited = new Set(walk.visited);
  const tabStop = keys.tabStop([
    ...outline.lanes.map((lane) => laneKey(lane.id)),
    ...outline.steps.map((step) => stepKey(step.id)),
  ]);
  return (
    <nav
      className="outline"
      aria-label="Board outline"
      data-testid="outline"
      data-arrow-keys
      onKeyDown={keys.onKeyDown}
      onFocus={keys.onFocus}
    >
      <header className="outline__header">
        <h2>Outline</h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Close outline"
          onClick={() => useUiStore.getState().setOutlineOpen(false)}
        >
          ×
        </button>
      </header>
      <OutlineLanes lanes={outline.lanes} selectedLaneId={selectedLaneId} tabStop={tabStop} onPick={pickLane} />
      <h3 id={stepsHeading}>Steps in flow order</h3>
      <ol className="outline__steps" aria-labelledby={stepsHeading}>
        {outline.steps.map((step) => (
          <OutlineStepItem
            key={step.id}
            step={step}
            selected={selectedSteps.has(step.id)}
            current={walk.active && walk.stepId === step.id}
            walked={walk.active && visited.has(step.id)}
            canWalkHere={facilitator && walk.active}
            tabbable={tabStop === stepKey(step.id)}
            onPick={pickStep}
            onWalkHere={walkTo}
          />
        ))}
      </ol>
      {facilitator && walk.active && <p className="outline__hint">“Walk here” moves everyone's walk to that step.</p>}
    </nav>
  );
}
