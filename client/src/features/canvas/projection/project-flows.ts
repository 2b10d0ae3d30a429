import { deriveHandovers, type Board } from "@brownpaper/shared";
import { MarkerType } from "@xyflow/react";
import type { EntityCache } from "../../../lib/entity-cache";
import type { FlowEdge } from "../canvas-types";
import { handleSides, type Box, type Side } from "./handle-sides";

export type FlowInputs = {
  flowId: string;
  from: string;
  to: string;
  label: string;
  handoverText: string;
  sourceSide: Side;
  targetSide: Side;
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
    data: { label: inputs.label, handoverText: inputs.handoverText },
    markerEnd: { type: MarkerType.ArrowClosed, color: isHandover ? HANDOVER_COLOUR : FLOW_COLOUR, width: 18, height: 18 },
    className: isHandover ? "flow-edge flow-edge--handover" : "flow-edge",
  };
}

/** Every flow as an edge; flows that cross lanes carry their "provider → customer" text. */
export function projectFlows(
  board: Pick<Board, "lanes" | "steps" | "flows">,
  boxes: ReadonlyMap<string, Box>,
  cache: EntityCache<FlowInputs, FlowEdge>,
): FlowEdge[] {
  const laneName = new Map(board.lanes.map((lane) => [lane.id, lane.name]));
  const handoverText = new Map(
    deriveHandovers(board).map((handover) => [
      handover.flow.id,
      `${laneName.get(handover.providerLaneId) ?? "?"} → ${laneName.get(handover.customerLaneId) ?? "?"}`,
    ]),
  );
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
      handoverText: handoverText.get(flow.id) ?? "",
      sourceSide: sides.source,
      targetSide: sides.target,
    };
    edges.push(cache.get(flow.id, inputs, buildFlowEdge));
  }
  return edges;
}
