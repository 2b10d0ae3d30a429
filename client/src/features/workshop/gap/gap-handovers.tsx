import { addAgreement, type GapReport } from "@brownpaper/shared";
import { runCommand } from "../../../sync/run-command";
import { useBoardSession } from "../../../sync/board-session";
import { useUiStore } from "../../../state/store";
import type { GapNames } from "./gap-names";
import { shareText } from "./report-format";
import { ReportGroup, ReportLine } from "./report-line";

/** Handovers per lane pair, the core ↔ support share, and the agreements behind them. */
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
    coverage.uncovered.some((handover) => handover.providerLaneId === providerLaneId && handover.customerLaneId === customerLaneId);
  return (
    <>
      <p className="report-summary" data-testid="handover-summary">
        {handovers.total} {handovers.total === 1 ? "handover" : "handovers"}; {handovers.coreSupport.count} between core and support ({shareText(handovers.coreSupport.share)}).
      </p>
      <ReportGroup title="Per lane pair (provider → customer)" empty="No handovers yet: flows between lanes show up here.">
        {handovers.pairs.map((pair) => (
          <ReportLine
            key={`${pair.providerLaneId}:${pair.customerLaneId}`}
            target={{ type: "flow", id: pair.flowIds[0]! }}
            value={pair.count}
            action={
              !readOnly && uncoveredIn(pair.providerLaneId, pair.customerLaneId)
                ? { label: "Create agreement", testId: "pair-create-agreement", onClick: () => createFor(pair.providerLaneId, pair.customerLaneId) }
                : undefined
            }
          >
            {name.lane(pair.providerLaneId)} → {name.lane(pair.customerLaneId)}
          </ReportLine>
        ))}
      </ReportGroup>
      <ReportGroup title={`Without an agreement (${coverage.uncovered.length})`} empty="Every handover has an agreement." testId="report-uncovered">
        {coverage.uncovered.map((handover) => (
          <ReportLine key={handover.flowId} target={{ type: "flow", id: handover.flowId }} tone="warning" value={`${name.lane(handover.providerLaneId)} → ${name.lane(handover.customerLaneId)}`}>
            {name.flow(handover.flowId)}
          </ReportLine>
        ))}
      </ReportGroup>
      <ReportGroup title="Agreements that no longer fit their handovers" empty="Every agreement's handovers still run provider → customer.">
        {[
          ...coverage.mismatched.flatMap((agreement) =>
            agreement.flows.map((flow) => (
              <ReportLine key={`${agreement.agreementId}:${flow.flowId}`} target={{ type: "flow", id: flow.flowId }} tone="error" value={flow.reason === "within-lane" ? "now within one lane" : flow.reason === "reversed" ? "now runs backwards" : `now ${name.lane(flow.fromLaneId)} → ${name.lane(flow.toLaneId)}`}>
                {name.lane(agreement.providerLaneId)} → {name.lane(agreement.customerLaneId)}: {name.flow(flow.flowId)}
              </ReportLine>
            )),
          ),
          ...coverage.withoutFlows.map((agreementId) => {
            const agreement = report.agreements.find((entry) => entry.agreementId === agreementId);
            return (
              <ReportLine key={agreementId} target={agreement ? { type: "lane", id: agreement.customerLaneId } : null} tone="error" value="covers no handover">
                {agreement ? `${name.lane(agreement.providerLaneId)} → ${name.lane(agreement.customerLaneId)}` : agreementId}
              </ReportLine>
            );
          }),
        ]}
      </ReportGroup>
      <ReportGroup title="Service scores" empty="No agreements yet.">
        {report.agreements.map((agreement) => (
          <ReportLine
            key={agreement.agreementId}
            target={agreement.flowIds[0] ? { type: "flow", id: agreement.flowIds[0] } : null}
            tone={agreement.weightProblem ? "warning" : "plain"}
            value={agreement.score.combined === null ? "not scored" : Math.round(agreement.score.combined)}
          >
            {name.lane(agreement.providerLaneId)} → {name.lane(agreement.customerLaneId)} ({agreement.status}){agreement.weightProblem ? ` — ${agreement.weightProblem}` : ""}
          </ReportLine>
        ))}
      </ReportGroup>
    </>
  );
}
