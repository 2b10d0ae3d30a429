import type { Board } from "@brownpaper/shared";
import type { EntityCache } from "../../../lib/entity-cache";
import { laneNodeId, type LaneNode } from "../../../lib/canvas-types";
import type { LaneBand } from "../layout/lane-layout";
import { clampStepY, minLaneHeight } from "../layout/lane-layout";
import { STEP_SIZE } from "@brownpaper/shared";

export type LaneInputs = {
  laneId: string;
  name: string;
  kind: LaneNode["data"]["kind"];
  index: number;
  laneCount: number;
  stepCount: number;
  minHeight: number;
  top: number;
  height: number;
  width: number;
};

/**
 * One full-width band per lane, drawn under the steps and edges and never dragged as a node.
 * It arrives measured and with no handles, so React Flow need not measure it before drawing.
 */
export function buildLaneNode(inputs: LaneInputs): LaneNode {
  const { top, height, width, ...data } = inputs;
  return {
    id: laneNodeId(inputs.laneId),
    type: "lane",
    position: { x: 0, y: top },
    width,
    height,
    measured: { width, height },
    handles: [],
    data,
    draggable: false,
    selectable: false,
    connectable: false,
    deletable: false,
    focusable: false,
    zIndex: -1,
  };
}

export function projectLanes(
  board: Pick<Board, "lanes" | "steps">,
  bands: readonly LaneBand[],
  width: number,
  cache: EntityCache<LaneInputs, LaneNode>,
): LaneNode[] {
  const heightOf = new Map(board.lanes.map((lane) => [lane.id, lane.height]));
  const stepsByLane = new Map<string, number[]>();
  for (const step of board.steps) {
    const bottoms = stepsByLane.get(step.laneId) ?? [];
    const { height } = STEP_SIZE[step.kind];
    // The bottom of the step as drawn: clamped into its band like projectSteps does.
    bottoms.push(clampStepY(step.y, heightOf.get(step.laneId) ?? height, height) + height);
    stepsByLane.set(step.laneId, bottoms);
  }
  return board.lanes.map((lane, index) => {
    const band = bands[index];
    const bottoms = stepsByLane.get(lane.id) ?? [];
    const inputs: LaneInputs = {
      laneId: lane.id,
      name: lane.name,
      kind: lane.kind,
      index,
      laneCount: board.lanes.length,
      stepCount: bottoms.length,
      minHeight: minLaneHeight(bottoms),
      top: band?.top ?? 0,
      height: band?.height ?? lane.height,
      width,
    };
    return cache.get(lane.id, inputs, buildLaneNode);
  });
}
