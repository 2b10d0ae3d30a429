import type { LaneKind } from "../schema/lane";
import type { HandoverMatrix } from "./handover-matrix";

/** One cell of the grid: the handovers from its row's lane to its column's lane. */
export interface HandoverGridCell {
  providerLaneId: string;
  customerLaneId: string;
  /** Flow ids in flow order; empty for a pair with no handover. */
  flowIds: string[];
  count: number;
  /** A core lane handing to a support lane, or the other way: the crossings the summary counts. */
  crossesCoreSupport: boolean;
  /** The diagonal: a flow within one lane is never a handover. */
  sameLane: boolean;
}

/** Handovers per lane pair as a square grid: provider lanes as rows, customer lanes as columns. */
export interface HandoverGrid {
  /** The lanes that hand over or receive at least once, in display order: both the rows and the columns. */
  laneIds: string[];
  /** One row per provider lane, one cell per customer lane, in `laneIds` order. */
  rows: { providerLaneId: string; cells: HandoverGridCell[] }[];
}

const CROSSING: ReadonlySet<string> = new Set(["core→support", "support→core"]);

/**
 * Lays the matrix's lane pairs out as a grid for a table. Lanes that take part in no handover
 * are left out, so a board with many quiet lanes still gives a grid that fits a side panel.
 * Works from a report's own data (the matrix and the lane kinds its names carry), so a report
 * made earlier renders the same grid as the board.
 */
export function handoverGrid(
  matrix: Pick<HandoverMatrix, "laneIds" | "pairs">,
  lanes: ReadonlyArray<{ id: string; kind: LaneKind }>,
): HandoverGrid {
  const kindOf = new Map(lanes.map((lane) => [lane.id, lane.kind]));
  const involved = new Set(matrix.pairs.flatMap((pair) => [pair.providerLaneId, pair.customerLaneId]));
  const laneIds = matrix.laneIds.filter((laneId) => involved.has(laneId));
  const pairOf = new Map(matrix.pairs.map((pair) => [`${pair.providerLaneId}\u0000${pair.customerLaneId}`, pair]));
  const rows = laneIds.map((providerLaneId) => ({
    providerLaneId,
    cells: laneIds.map((customerLaneId): HandoverGridCell => {
      const pair = pairOf.get(`${providerLaneId}\u0000${customerLaneId}`);
      return {
        providerLaneId,
        customerLaneId,
        flowIds: pair ? [...pair.flowIds] : [],
        count: pair?.count ?? 0,
        crossesCoreSupport: CROSSING.has(`${kindOf.get(providerLaneId)}→${kindOf.get(customerLaneId)}`),
        sameLane: providerLaneId === customerLaneId,
      };
    }),
  }));
  return { laneIds, rows };
}
