import { useCallback } from "react";
import { useReactFlow } from "@xyflow/react";
import { addStep, type Board } from "@brownpaper/shared";
import { runCommand } from "../../../sync/run-command";
import { useBoardSession } from "../../../sync/board-session";
import { useUiStore } from "../../../state/store";
import { clampStepX, clampStepY, laneBands } from "../layout/lane-layout";
import { freeStepX } from "../layout/place-step";
import { STEP_SIZE } from "@brownpaper/shared";

const NEW_STEP = STEP_SIZE.task;

/** A new step is selected and opens in edit mode, so the next keystrokes name it. */
function focusNewStep(stepId: string, laneId: string): void {
  const ui = useUiStore.getState();
  ui.selectOnlyStep(stepId);
  ui.setActiveLane(laneId);
  ui.startEditingStep(stepId);
}

/** Adds a task centred on a point of a lane band (a double-click). */
export function useAddStepAtPoint() {
  const { doc } = useBoardSession();
  const { screenToFlowPosition } = useReactFlow();
  return useCallback(
    (band: { laneId: string; top: number; height: number }, client: { x: number; y: number }) => {
      const point = screenToFlowPosition(client);
      const x = clampStepX(point.x - NEW_STEP.width / 2);
      const y = clampStepY(point.y - band.top - NEW_STEP.height / 2, band.height, NEW_STEP.height);
      const result = runCommand(() => addStep(doc, { laneId: band.laneId, x, y }));
      if (result.ok) focusNewStep(result.value, band.laneId);
    },
    [doc, screenToFlowPosition],
  );
}

/** Adds a task to the active lane (or the first), right of that lane's steps, and brings it into view. */
export function useAddStepToLane() {
  const { doc } = useBoardSession();
  const { setCenter, getZoom } = useReactFlow();
  return useCallback(
    (board: Board) => {
      const bands = laneBands(board.lanes);
      const activeLaneId = useUiStore.getState().activeLaneId;
      const band = bands.find((candidate) => candidate.laneId === activeLaneId) ?? bands[0];
      if (!band) {
        useUiStore.getState().showToast("Add a lane first: every step sits in a lane.");
        return;
      }
      const inLane = board.steps.filter((step) => step.laneId === band.laneId);
      const x = freeStepX(inLane.map((step) => ({ x: step.x, width: STEP_SIZE[step.kind].width })));
      // Line the new step up with the lane's last step, so a row of steps stays a row.
      const last = inLane.reduce<(typeof inLane)[number] | undefined>(
        (right, step) => (!right || step.x > right.x ? step : right),
        undefined,
      );
      const wantedY = last
        ? last.y + (STEP_SIZE[last.kind].height - NEW_STEP.height) / 2
        : (band.height - NEW_STEP.height) / 2;
      const y = clampStepY(wantedY, band.height, NEW_STEP.height);
      const result = runCommand(() => addStep(doc, { laneId: band.laneId, x, y }));
      if (!result.ok) return;
      focusNewStep(result.value, band.laneId);
      void setCenter(x + NEW_STEP.width / 2, band.top + y + NEW_STEP.height / 2, { zoom: getZoom(), duration: 250 });
    },
    [doc, setCenter, getZoom],
  );
}
