import type { Board } from "../doc/read-board";
import { deriveHandovers } from "../handovers";
import type { LaneKind } from "../schema/lane";

/** The handovers from one provider lane to one customer lane. */
export interface LanePairHandovers {
  providerLaneId: string;
  customerLaneId: string;
  /** Flow ids in flow order. */
  flowIds: string[];
  count: number;
}

/** Handovers between lane pairs, and how many of them cross between core and support. */
export interface HandoverMatrix {
  /** Lane ids in display order: the rows and columns of the matrix. */
  laneIds: string[];
  /** Only pairs with at least one handover, by provider lane order, then customer lane order. */
  pairs: LanePairHandovers[];
  total: number;
  coreSupport: {
    /** Handovers from a core lane to a support lane or from a support lane to a core lane. */
    flowIds: string[];
    count: number;
    /** count / total, 0–1; null when the board has no handover. */
    share: number | null;
  };
}

function crossesCoreSupport(provider: LaneKind | undefined, customer: LaneKind | undefined): boolean {
  return (provider === "core" && customer === "support") || (provider === "support" && customer === "core");
}

/** Counts the board's handovers per (provider lane, customer lane) pair, as they sit now. */
export function handoverMatrix(board: Pick<Board, "lanes" | "steps" | "flows">): HandoverMatrix {
  const laneOrder = new Map(board.lanes.map((lane) => [lane.id, lane.order]));
  const laneKind = new Map(board.lanes.map((lane) => [lane.id, lane.kind]));
  const pairs = new Map<string, LanePairHandovers>();
  const coreSupport: string[] = [];
  const handovers = deriveHandovers(board);
  for (const { flow, providerLaneId, customerLaneId } of handovers) {
    const key = `${providerLaneId}\u0000${customerLaneId}`;
    let pair = pairs.get(key);
    if (!pair) {
      pair = { providerLaneId, customerLaneId, flowIds: [], count: 0 };
      pairs.set(key, pair);
    }
    pair.flowIds.push(flow.id);
    pair.count += 1;
    if (crossesCoreSupport(laneKind.get(providerLaneId), laneKind.get(customerLaneId))) coreSupport.push(flow.id);
  }
  const order = (laneId: string) => laneOrder.get(laneId) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...pairs.values()].sort(
    (a, b) => order(a.providerLaneId) - order(b.providerLaneId) || order(a.customerLaneId) - order(b.customerLaneId),
  );
  return {
    laneIds: board.lanes.map((lane) => lane.id),
    pairs: sorted,
    total: handovers.length,
    coreSupport: {
      flowIds: coreSupport,
      count: coreSupport.length,
      share: handovers.length === 0 ? null : coreSupport.length / handovers.length,
    },
  };
}
