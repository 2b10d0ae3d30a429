import { deriveHandovers, handoverMarks, type Board, type HandoverMark } from "@brownpaper/shared";
import { MarkerType } from "@xyflow/react";
import type { EntityCache } from "../../../lib/entity-cache";
import type { FlowEdge } from "../../../lib/canvas-types";
import type { LaneBand } from "../layout/lane-layout";
import { flowSides as handleSides, type Rect as Box, type Side } from "@brownpaper/shared";

export type FlowInputs = {
  flowId: string;
  from: string;
  to: string;
  label: string;
  handoverText: string;
  borderY: number | null;
  sourceSide: Side;
  targetSide: Side;
  agreement: "covered" | "none" | null;
  score: number | null;
};

const FLOW_COLOUR = "#5b4636";
const HANDOVER_COLOUR = "#c77800";

export function buildFlowEdge(inputs: FlowInputs): FlowEdge {
  const isHandover = inputs.handoverText !== "";
  return {
    id: inputs.flowId,
    type: "flow",
    source: inputs.from,
    target: inputs.to,
    sourceHandle: inputs.sourceSide,
    targetHandle: inputs.targetSide,
    data: {
      label: inputs.label,
      handoverText: inputs.handoverText,
      borderY: inputs.borderY,
      agreement: inputs.agreement,
      score: inputs.score,
    },
    markerEnd: isHandover
      ? { type: MarkerType.ArrowClosed, color: HANDOVER_COLOUR, width: 13, height: 13 }
      : { type: MarkerType.ArrowClosed, color: FLOW_COLOUR, width: 18, height: 18 },
    className: isHandover ? "flow-edge flow-edge--handover" : "flow-edge",
  };
}

/** The border a handover crosses into its customer lane: the lane's top from above, its bottom from below. */
function entryBorder(bands: readonly LaneBand[], providerLaneId: string, customerLaneId: string): number | null {
  const provider = bands.findIndex((band) => band.laneId === providerLaneId);
  const customer = bands[bands.findIndex((band) => band.laneId === customerLaneId)];
  if (provider < 0 || !customer) return null;
  return bands.indexOf(customer) > provider ? customer.top : customer.top + customer.height;
}

/** Every flow as an edge; flows that cross lanes carry their "provider → customer" text. */
const markScore = (mark: HandoverMark | undefined): number | null =>
  mark?.agreement === "covered" ? mark.score : null;

export function projectFlows(
  board: Pick<Board, "lanes" | "steps" | "flows" | "agreements">,
  bands: readonly LaneBand[],
  boxes: ReadonlyMap<string, Box>,
  cache: EntityCache<FlowInputs, FlowEdge>,
): FlowEdge[] {
  const laneName = new Map(board.lanes.map((lane) => [lane.id, lane.name]));
  const handovers = new Map(
    deriveHandovers(board).map((handover) => [
      handover.flow.id,
      {
        text: `${laneName.get(handover.providerLaneId) ?? "?"} → ${laneName.get(handover.customerLaneId) ?? "?"}`,
        borderY: entryBorder(bands, handover.providerLaneId, handover.customerLaneId),
      },
    ]),
  );
  const marks = handoverMarks(board);
  const edges: FlowEdge[] = [];
  for (const flow of board.flows) {
    const source = boxes.get(flow.from);
    const target = boxes.get(flow.to);
    if (!source || !target) continue;
    const sides = handleSides(source, target);
    const inputs: FlowInputs = {
      flowId: flow.id,
      from: flow.from,
      to: flow.to,
      label: flow.label,
      handoverText: handovers.get(flow.id)?.text ?? "",
      borderY: handovers.get(flow.id)?.borderY ?? null,
      sourceSide: sides.source,
      targetSide: sides.target,
      agreement: marks.get(flow.id)?.agreement ?? null,
      score: markScore(marks.get(flow.id)),
    };
    edges.push(cache.get(flow.id, inputs, buildFlowEdge));
  }
  return edges;
}
