import { useMemo } from "react";
import { handoverGrid, type GapReport, type LaneKind } from "@brownpaper/shared";
import { useReveal } from "../../lib/reveal/use-reveal";
import type { GapNames } from "./gap-names";
import { handoversTarget } from "./gap-targets";
import "./handover-grid.css";

const KIND_WORD: Readonly<Record<LaneKind, string>> = {
  core: "core",
  support: "support",
  customer: "customer",
  external: "external",
};

/**
 * Handovers per lane pair as a table: provider lanes down, customer lanes across, each lane
 * marked with its kind (in words on the rows, by colour on both). A non-zero cell selects that pair's handovers on the map; cells between
 * core and support are tinted, since the summary above counts those; zeros stay quiet.
 */
export function HandoverGridTable({ report, name }: { report: GapReport; name: GapNames }) {
  const reveal = useReveal();
  const grid = useMemo(() => handoverGrid(report.handovers, report.names.lanes), [report]);
  const kindOf = useMemo(() => new Map(report.names.lanes.map((lane) => [lane.id, lane.kind])), [report]);
  if (grid.laneIds.length === 0) return null;
  const kindClass = (laneId: string) => `handover-grid--${kindOf.get(laneId) ?? "core"}`;
  return (
    <div className="handover-grid" data-testid="handover-grid">
      <table className="handover-grid__table">
        <caption className="handover-grid__caption">Who hands over to whom: each row to the columns</caption>
        <thead>
          <tr>
            <th scope="col" className="handover-grid__corner">
              Provider ↓ <br />
              Customer →
            </th>
            {grid.laneIds.map((laneId) => (
              <th
                key={laneId}
                scope="col"
                className={`handover-grid__col-head ${kindClass(laneId)}`}
                title={`${name.lane(laneId)} (${KIND_WORD[kindOf.get(laneId) ?? "core"]})`}
              >
                <span className="handover-grid__col-text">{name.lane(laneId)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.providerLaneId}>
              <th
                scope="row"
                className={`handover-grid__row-head ${kindClass(row.providerLaneId)}`}
                title={name.lane(row.providerLaneId)}
              >
                <span className="handover-grid__lane-name">{name.lane(row.providerLaneId)}</span>
                <span className="handover-grid__kind">{KIND_WORD[kindOf.get(row.providerLaneId) ?? "core"]}</span>
              </th>
              {row.cells.map((cell) => {
                const between = `${name.lane(cell.providerLaneId)} → ${name.lane(cell.customerLaneId)}`;
                const tone = cell.sameLane
                  ? " handover-grid__cell--same"
                  : cell.count > 0 && cell.crossesCoreSupport
                    ? " handover-grid__cell--crossing"
                    : "";
                return (
                  <td
                    key={cell.customerLaneId}
                    className={`handover-grid__cell${tone}${cell.count === 0 ? " handover-grid__cell--zero" : ""}`}
                  >
                    {cell.sameLane ? (
                      <span title="Within one lane: not a handover" aria-label="same lane">
                        —
                      </span>
                    ) : cell.count === 0 ? (
                      <span aria-label={`no handover ${between}`}>·</span>
                    ) : (
                      <button
                        type="button"
                        className="handover-grid__count"
                        data-testid="handover-grid-cell"
                        data-provider={name.lane(cell.providerLaneId)}
                        data-customer={name.lane(cell.customerLaneId)}
                        data-count={cell.count}
                        aria-label={`${cell.count} ${cell.count === 1 ? "handover" : "handovers"} ${between}${cell.crossesCoreSupport ? ", between core and support" : ""}: show on the map`}
                        title={`${between}: show ${cell.count === 1 ? "the handover" : `all ${cell.count} handovers`} on the map`}
                        onClick={() => reveal(handoversTarget(cell.flowIds))}
                      >
                        {cell.count}
                      </button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="handover-grid__legend">
        <span className="handover-grid__swatch" aria-hidden="true" /> between core and support · click a count to see
        its handovers
      </p>
    </div>
  );
}
