import type { Board } from "@brownpaper/shared";
import type { EntityCache } from "../../../lib/entity-cache";
import type { StepNode } from "../canvas-types";
import type { LaneBand } from "../layout/lane-layout";
import { STEP_SIZE } from "../layout/step-size";

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

/** Steps at (step.x, lane top + step.y): the doc stores y relative to the step's lane. */
export function projectSteps(
  board: Pick<Board, "steps">,
  bands: readonly LaneBand[],
  cache: EntityCache<StepInputs, StepNode>,
): StepNode[] {
  const topOf = new Map(bands.map((band) => [band.laneId, band.top]));
  return board.steps.map((step) =>
    cache.get(
      step.id,
      {
        stepId: step.id,
        laneId: step.laneId,
        label: step.label,
        kind: step.kind,
        x: step.x,
        y: (topOf.get(step.laneId) ?? 0) + step.y,
      },
      buildStepNode,
    ),
  );
}
