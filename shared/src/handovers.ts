import type { Board } from "./doc/read-board";
import type { Flow } from "./schema/flow";

/** A flow whose two steps sit in different lanes: derived, never stored. */
export interface Handover {
  flow: Flow;
  /** The upstream lane. */
  providerLaneId: string;
  /** The downstream lane: the provider's internal customer. */
  customerLaneId: string;
}

/** Every handover on the board, in flow order, re-derived from where the steps sit now. */
export function deriveHandovers(board: Pick<Board, "steps" | "flows">): Handover[] {
  const laneOf = new Map(board.steps.map((step) => [step.id, step.laneId]));
  const handovers: Handover[] = [];
  for (const flow of board.flows) {
    const providerLaneId = laneOf.get(flow.from);
    const customerLaneId = laneOf.get(flow.to);
    if (providerLaneId === undefined || customerLaneId === undefined) continue;
    if (providerLaneId !== customerLaneId) handovers.push({ flow, providerLaneId, customerLaneId });
  }
  return handovers;
}
