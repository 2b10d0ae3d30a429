import { addAgreement, type GapReport } from "@brownpaper/shared";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";
import { useUiStore } from "../../state/store";
import { GapAgreements } from "./gap-agreements";
import type { GapNames } from "./gap-names";
import { handoversTarget } from "./gap-targets";
import { HandoverGridTable } from "./handover-grid-table";
import { shareText } from "./report-format";
import { ReportGroup, ReportLine } from "./report-line";
import { RevealLink } from "./reveal-link";

const handoverWord = (count: number) => (count === 1 ? "handover" : "handovers");

/** Handovers per lane pair (grid and list), the core ↔ support share, and the agreements behind them. */
export function GapHandovers({ report, name }: { report: GapReport; name: GapNames }) {
  const { handovers, coverage } = report;
  const { doc, readOnly } = useBoardSession();
  /** An agreement for a lane pair covers every handover of that pair that has none yet. */
  const createFor = (providerLaneId: string, customerLaneId: string) => {
    const flowIds = coverage.uncovered
      .filter((handover) => handover.providerLaneId === providerLaneId && handover.customerLaneId === customerLaneId)
      .map((handover) => handover.flowId);
    const result = runCommand(() => addAgreement(doc, { providerLaneId, customerLaneId, flowIds }));
    if (!result.ok) return;
    const ui = useUiStore.getState();
    ui.setOpenAgreement(result.value);
    ui.setWorkshopTab("agreements");
  };
  const uncoveredIn = (providerLaneId: string, customerLaneId: string) =>
    coverage.uncovered.some(
      (handover) => handover.providerLaneId === providerLaneId && handover.customerLaneId === customerLaneId,
    );
  const allHandovers = handovers.pairs.flatMap((pair) => pair.flowIds);
  return (
    <>
      <p className="report-summary" data-testid="handover-summary">
        {handovers.total === 0 ? (
          "0 handovers"
        ) : (
          <RevealLink
            target={handoversTarget(allHandovers)}
            hint="Select every handover on the map"
            testId="summary-all-handovers"
          >
            {handovers.total} {handoverWord(handovers.total)}
          </RevealLink>
        )}
        ;{" "}
        {handovers.coreSupport.count === 0 ? (
          "0 between core and support"
        ) : (
          <RevealLink
            target={handoversTarget(handovers.coreSupport.flowIds)}
            hint="Select the handovers between core and support lanes"
            testId="summary-core-support"
          >
            {handovers.coreSupport.count} between core and support
          </RevealLink>
        )}{" "}
        ({shareText(handovers.coreSupport.share)}).
      </p>
      <HandoverGridTable report={report} name={name} />
      <ReportGroup
        title="Per lane pair (provider → customer)"
        empty="No handovers yet: flows between lanes show up here."
        testId="report-lane-pairs"
      >
        {handovers.pairs.map((pair) => (
          <ReportLine
            key={`${pair.providerLaneId}:${pair.customerLaneId}`}
            target={handoversTarget(pair.flowIds)}
            hint={pair.count === 1 ? "Show the handover on the map" : `Select all ${pair.count} handovers on the map`}
            value={pair.count}
            action={
              !readOnly && uncoveredIn(pair.providerLaneId, pair.customerLaneId)
                ? {
                    label: "Create agreement",
                    testId: "pair-create-agreement",
                    onClick: () => createFor(pair.providerLaneId, pair.customerLaneId),
                  }
                : undefined
            }
          >
            {name.lane(pair.providerLaneId)} → {name.lane(pair.customerLaneId)}
          </ReportLine>
        ))}
      </ReportGroup>
      <ReportGroup
        title={`Without an agreement (${coverage.uncovered.length})`}
        empty="Every handover has an agreement."
        testId="report-uncovered"
      >
        {coverage.uncovered.map((handover) => (
          <ReportLine
            key={handover.flowId}
            target={{ type: "flow", id: handover.flowId }}
            tone="warning"
            value={`${name.lane(handover.providerLaneId)} → ${name.lane(handover.customerLaneId)}`}
          >
            {name.flow(handover.flowId)}
          </ReportLine>
        ))}
      </ReportGroup>
      <GapAgreements report={report} name={name} />
    </>
  );
}
