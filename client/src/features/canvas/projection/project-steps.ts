import type { Board } from "@brownpaper/shared";
import type { EntityCache } from "../../../lib/entity-cache";
import type { StepNode } from "../canvas-types";
import { clampStepY, type LaneBand } from "../layout/lane-layout";
import { STEP_SIZE } from "@brownpaper/shared";

export type StepInputs = {
  stepId: string;
  laneId: string;
  label: string;
  kind: StepNode["data"]["kind"];
  x: number;
  y: number;
};

export function buildStepNode({ x, y, ...data }: StepInputs): StepNode {
  const size = STEP_SIZE[data.kind];
  return { id: data.stepId, type: "step", position: { x, y }, width: size.width, height: size.height, data };
}

/**
 * Steps at (step.x, lane top + step.y): the doc stores y relative to the step's lane. A step
 * whose offset no longer fits its band (someone shrank the lane, or an imported file) is
 * drawn inside the band all the same; its next move stores the clamped offset.
 */
export function projectSteps(
  board: Pick<Board, "steps">,
  bands: readonly LaneBand[],
  cache: EntityCache<StepInputs, StepNode>,
): StepNode[] {
  const bandOf = new Map(bands.map((band) => [band.laneId, band]));
  return board.steps.map((step) => {
    const band = bandOf.get(step.laneId);
    const offset = band ? clampStepY(step.y, band.height, STEP_SIZE[step.kind].height) : step.y;
    return cache.get(
      step.id,
      { stepId: step.id, laneId: step.laneId, label: step.label, kind: step.kind, x: step.x, y: (band?.top ?? 0) + offset },
      buildStepNode,
    );
  });
}
