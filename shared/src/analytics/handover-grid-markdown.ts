import type { GapReport } from "./gap-report";
import { handoverGrid } from "./handover-grid";
import { inline, table, type Namer } from "./markdown";

/**
 * The handover grid as a Markdown table: provider lanes down, customer lanes across, each lane
 * with its kind. A dot marks a pair with no handover and a dash the diagonal, so the counts
 * stand out; counts between core and support are bold. Empty when there is no handover.
 */
export function handoverGridMarkdown(report: Pick<GapReport, "handovers" | "names">, name: Namer): string[] {
  const grid = handoverGrid(report.handovers, report.names.lanes);
  if (grid.laneIds.length === 0) return [];
  const kindOf = new Map(report.names.lanes.map((lane) => [lane.id, lane.kind]));
  const heading = (laneId: string) => `${name.lane(laneId)} (${inline(kindOf.get(laneId) ?? "lane")})`;
  const rows = grid.rows.map((row) => [
    heading(row.providerLaneId),
    ...row.cells.map((cell) =>
      cell.sameLane ? "—" : cell.count === 0 ? "·" : cell.crossesCoreSupport ? `**${cell.count}**` : cell.count,
    ),
  ]);
  return [
    table(["Provider ↓ · customer →", ...grid.laneIds.map(heading)], rows),
    "",
    "Each row hands over to the columns; **bold** counts cross between core and support.",
  ];
}
