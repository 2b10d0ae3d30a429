import type { GapReport } from "@brownpaper/shared";
import type { GapNames } from "./gap-names";
import { agreementTarget } from "./gap-targets";
import { ReportGroup, ReportLine } from "./report-line";

/** Agreements that no longer fit their handovers, reviews due, and every agreement's service score, status colour and trend. */
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
      <ReportGroup title="Reviews due" empty="No review is due in the next two weeks." testId="report-reviews-due">
        {report.agreements
          .filter((agreement) => agreement.reviewDue === "overdue" || agreement.reviewDue === "soon")
          .sort((a, b) => Number(b.reviewDue === "overdue") - Number(a.reviewDue === "overdue"))
          .map((agreement) => (
            <ReportLine
              key={agreement.agreementId}
              target={agreementTarget(agreement)}
              hint="Select the handovers it covers"
              tone={agreement.reviewDue === "overdue" ? "error" : "warning"}
              value={agreement.reviewDue === "overdue" ? "overdue" : "due soon"}
            >
              {name.lane(agreement.providerLaneId)} → {name.lane(agreement.customerLaneId)}
            </ReportLine>
          ))}
      </ReportGroup>
      <ReportGroup
        title="How free each provider leaves its customers to focus"
        empty="No review round has asked yet."
        testId="report-focus"
      >
        {report.focus.map((entry) => (
          <ReportLine key={entry.laneId} target={{ type: "lane", id: entry.laneId }} value={Math.round(entry.focus)}>
            {name.lane(entry.laneId)} ({entry.agreements} {entry.agreements === 1 ? "agreement" : "agreements"})
          </ReportLine>
        ))}
      </ReportGroup>
      <ReportGroup title="Service scores" empty="No agreements yet.">
        {report.agreements.map((agreement) => (
          <ReportLine
            key={agreement.agreementId}
            target={agreementTarget(agreement)}
            hint={agreement.flowIds.length > 0 ? "Select the handovers it covers" : "Show the lane it serves"}
            tone={agreement.weightProblem ? "warning" : "plain"}
            value={
              agreement.score.combined === null
                ? "not scored"
                : `${Math.round(agreement.score.combined)}${agreement.rag ? ` · ${agreement.rag}` : ""}${
                    agreement.trend === null
                      ? ""
                      : ` · ${agreement.trend >= 0 ? "+" : ""}${Math.round(agreement.trend)}`
                  }`
            }
          >
            {name.lane(agreement.providerLaneId)} → {name.lane(agreement.customerLaneId)} ({agreement.status})
            {agreement.weightProblem ? ` — ${agreement.weightProblem}` : ""}
          </ReportLine>
        ))}
      </ReportGroup>
    </>
  );
}
