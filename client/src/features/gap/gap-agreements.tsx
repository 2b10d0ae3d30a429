import type { GapReport } from "@brownpaper/shared";
import type { GapNames } from "./gap-names";
import { agreementTarget } from "./gap-targets";
import { ReportGroup, ReportLine } from "./report-line";

/** Agreements that no longer fit their handovers, and every agreement's service score. */
export function GapAgreements({ report, name }: { report: GapReport; name: GapNames }) {
  const { coverage } = report;
  const agreementById = new Map(report.agreements.map((agreement) => [agreement.agreementId, agreement]));
  return (
    <>
      <ReportGroup
        title="Agreements that no longer fit their handovers"
        empty="Every agreement's handovers still run provider → customer."
      >
        {[
          ...coverage.mismatched.flatMap((agreement) =>
            agreement.flows.map((flow) => (
              <ReportLine
                key={`${agreement.agreementId}:${flow.flowId}`}
                target={{ type: "flow", id: flow.flowId }}
                tone="error"
                value={
                  flow.reason === "within-lane"
                    ? "now within one lane"
                    : flow.reason === "reversed"
                      ? "now runs backwards"
                      : `now ${name.lane(flow.fromLaneId)} → ${name.lane(flow.toLaneId)}`
                }
              >
                {name.lane(agreement.providerLaneId)} → {name.lane(agreement.customerLaneId)}: {name.flow(flow.flowId)}
              </ReportLine>
            )),
          ),
          ...coverage.withoutFlows.map((agreementId) => {
            const agreement = agreementById.get(agreementId);
            return (
              <ReportLine
                key={agreementId}
                target={agreement ? agreementTarget(agreement) : { type: "board", id: "board" }}
                hint="Show the lane it serves"
                tone="error"
                value="covers no handover"
              >
                {agreement
                  ? `${name.lane(agreement.providerLaneId)} → ${name.lane(agreement.customerLaneId)}`
                  : agreementId}
              </ReportLine>
            );
          }),
        ]}
      </ReportGroup>
      <ReportGroup title="Service scores" empty="No agreements yet.">
        {report.agreements.map((agreement) => (
          <ReportLine
            key={agreement.agreementId}
            target={agreementTarget(agreement)}
            hint={agreement.flowIds.length > 0 ? "Select the handovers it covers" : "Show the lane it serves"}
            tone={agreement.weightProblem ? "warning" : "plain"}
            value={agreement.score.combined === null ? "not scored" : Math.round(agreement.score.combined)}
          >
            {name.lane(agreement.providerLaneId)} → {name.lane(agreement.customerLaneId)} ({agreement.status})
            {agreement.weightProblem ? ` — ${agreement.weightProblem}` : ""}
          </ReportLine>
        ))}
      </ReportGroup>
    </>
  );
}
