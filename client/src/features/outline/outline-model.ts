import { deriveHandovers, flowOrder, type Board, type LaneKind, type StepKind } from "@brownpaper/shared";

export interface OutlineStep {
  id: string;
  label: string;
  kind: StepKind;
  laneName: string;
  /** "to Finance: Approve credit (invoice by email)" for each handover leaving the step. */
  handovers: string[];
}

export interface Outline {
  lanes: Array<{ id: string; name: string; kind: LaneKind; steps: number }>;
  steps: OutlineStep[];
}

/** The board as text: lanes in order, then every step in walk order with the handovers leaving it. */
export function buildOutline(board: Board): Outline {
  const laneName = new Map(board.lanes.map((lane) => [lane.id, lane.name]));
  const stepById = new Map(board.steps.map((step) => [step.id, step]));
  const handoversFrom = new Map<string, string[]>();
  for (const { flow, customerLaneId } of deriveHandovers(board)) {
    const to = stepById.get(flow.to);
    const details = [flow.handover?.artifact, flow.handover?.channel && `by ${flow.handover.channel}`].filter(Boolean).join(" ");
    const text = `to ${laneName.get(customerLaneId) ?? "?"}: ${to?.label || "untitled step"}${details ? ` (${details})` : ""}`;
    handoversFrom.set(flow.from, [...(handoversFrom.get(flow.from) ?? []), text]);
  }
  return {
    lanes: board.lanes.map((lane) => ({ id: lane.id, name: lane.name, kind: lane.kind, steps: board.steps.filter((step) => step.laneId === lane.id).length })),
    steps: flowOrder(board).flatMap((id) => {
      const step = stepById.get(id);
      if (!step) return [];
      return [{ id, label: step.label, kind: step.kind, laneName: laneName.get(step.laneId) ?? "", handovers: handoversFrom.get(id) ?? [] }];
    }),
  };
}
