import { stepMeasuresLine, type Board } from "@brownpaper/shared";
import type { EntityCache } from "../../../lib/entity-cache";
import type { StepNode } from "../canvas-types";
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
/** Role names holding `code` on each step, comma-separated, in role order. */
function holders(board: Pick<Board, "roles" | "raci">, code: "R" | "A"): Map<string, string> {
  const roleName = new Map(board.roles.map((role) => [role.id, role.name]));
  const names = new Map<string, string[]>();
  for (const entry of board.raci) {
    if (entry.code !== code) continue;
    names.set(entry.stepId, [...(names.get(entry.stepId) ?? []), roleName.get(entry.roleId) ?? "?"]);
  }
  return new Map([...names].map(([stepId, list]) => [stepId, list.join(", ")]));
}

export function projectSteps(
  board: Pick<Board, "steps" | "roles" | "raci">,
  bands: readonly LaneBand[],
  cache: EntityCache<StepInputs, StepNode>,
): StepNode[] {
  const bandOf = new Map(bands.map((band) => [band.laneId, band]));
  const responsible = holders(board, "R");
  const accountable = holders(board, "A");
  return board.steps.map((step) => {
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
        measures: stepMeasuresLine(step),
        responsible: responsible.get(step.id) ?? "",
        accountable: accountable.get(step.id) ?? "",
      },
      buildStepNode,
    );
  });
}
