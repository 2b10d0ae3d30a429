import { stepFacts, type Board } from "@brownpaper/shared";
import type { EntityCache } from "../../../lib/entity-cache";
import type { StepNode } from "../../../lib/canvas-types";
import { clampStepY, type LaneBand } from "../layout/lane-layout";
import { STEP_SIZE } from "@brownpaper/shared";
import { handlesOfKind } from "../step/handle-geometry";

export type StepInputs = {
  stepId: string;
  laneId: string;
  label: string;
  kind: StepNode["data"]["kind"];
  x: number;
  y: number;
  measures: string;
  responsible: string;
  accountable: string;
};

/**
 * A step node that arrives measured: its size and handles are known from its kind, so React
 * Flow draws its flows in the same pass as the step instead of measuring every step's DOM
 * first and drawing the flows in a second pass.
 */
export function buildStepNode({ x, y, ...data }: StepInputs): StepNode {
  const size = STEP_SIZE[data.kind];
  return {
    id: data.stepId,
    type: "step",
    position: { x, y },
    width: size.width,
    height: size.height,
    measured: { width: size.width, height: size.height },
    handles: handlesOfKind(data.kind),
    data,
  };
}

/**
 * Steps at (step.x, lane top + step.y): the doc stores y relative to the step's lane. A step
 * whose offset no longer fits its band (someone shrank the lane, or an imported file) is
 * drawn inside the band all the same; its next move stores the clamped offset.
 */
export function projectSteps(
  board: Pick<Board, "steps" | "roles" | "raci">,
  bands: readonly LaneBand[],
  cache: EntityCache<StepInputs, StepNode>,
): StepNode[] {
  const bandOf = new Map(bands.map((band) => [band.laneId, band]));
  const facts = stepFacts(board);
  return board.steps.map((step) => {
    const { measures = "", responsible = "", accountable = "" } = facts.get(step.id) ?? {};
    const band = bandOf.get(step.laneId);
    const offset = band ? clampStepY(step.y, band.height, STEP_SIZE[step.kind].height) : step.y;
    return cache.get(
      step.id,
      {
        stepId: step.id,
        laneId: step.laneId,
        label: step.label,
        kind: step.kind,
        x: step.x,
        y: (band?.top ?? 0) + offset,
        measures,
        responsible,
        accountable,
      },
      buildStepNode,
    );
  });
}
