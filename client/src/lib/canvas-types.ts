import type { Edge, Node } from "@xyflow/react";
import type { LaneKind, StepKind } from "@brownpaper/shared";

export type LaneNodeData = {
  laneId: string;
  name: string;
  kind: LaneKind;
  index: number;
  laneCount: number;
  stepCount: number;
  /** The least height the lane can be resized to without pushing steps out. */
  minHeight: number;
};
export type LaneNode = Node<LaneNodeData, "lane">;

export type StepNodeData = {
  stepId: string;
  laneId: string;
  label: string;
  kind: StepKind;
  /** "PT 30m · LT 2d · 80%", or empty when the step has no measures. */
  measures: string;
  /** Names of the roles Responsible and Accountable for the step, comma-separated. */
  responsible: string;
  accountable: string;
};
export type StepNode = Node<StepNodeData, "step">;

export type BoardNode = LaneNode | StepNode;

export type FlowEdgeData = {
  label: string;
  /** "Sales → Operations" when the flow crosses lanes; empty otherwise. */
  handoverText: string;
  /** For a handover, the y of the border where the flow enters the customer's lane. */
  borderY: number | null;
  /** For a handover: whether a live agreement covers it; null for flows within a lane. */
  agreement: "covered" | "none" | null;
  /** The covering agreement's combined service score, when it has one. */
  score: number | null;
};
export type FlowEdge = Edge<FlowEdgeData, "flow">;

/** Lane nodes share React Flow's id space with steps, so they carry a prefix. */
export const laneNodeId = (laneId: string) => `lane:${laneId}`;
