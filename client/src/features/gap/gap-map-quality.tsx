import type { GapReport } from "@brownpaper/shared";
import { measureName } from "./gap-main-path";
import type { GapNames } from "./gap-names";
import { ReportGroup, ReportLine } from "./report-line";

const MISSING_FLOW = { in: "nothing flows in", out: "leads nowhere", both: "not connected" } as const;

/** What the map still lacks before its numbers can be trusted. */
export function GapMapQuality({ report, name }: { report: GapReport; name: GapNames }) {
  const quality = report.mapQuality;
  return (
    <>
      <ReportGroup title="Steps with no flow" empty="Every step is connected.">
        {quality.unconnectedSteps.map((entry) => (
          <ReportLine
            key={entry.stepId}
            target={{ type: "step", id: entry.stepId }}
            tone="warning"
            value={MISSING_FLOW[entry.missing]}
          >
            {name.step(entry.stepId)}
          </ReportLine>
        ))}
      </ReportGroup>
      <ReportGroup
        title="Decisions with fewer than two labelled exits"
        empty="Every decision says which way the work goes."
      >
        {quality.unclearDecisions.map((entry) => (
          <ReportLine
            key={entry.stepId}
            target={{ type: "step", id: entry.stepId }}
            tone="warning"
            value={`${entry.labelledExits} of ${entry.exits} labelled`}
          >
            {name.step(entry.stepId)}
          </ReportLine>
        ))}
      </ReportGroup>
      <ReportGroup title="Missing measures" empty="Every task, decision and wait is measured.">
        {quality.missingMeasures.map((entry) => (
          <ReportLine
            key={entry.stepId}
            target={{ type: "step", id: entry.stepId }}
            tone="warning"
            value={entry.missing.map(measureName).join(", ")}
          >
            {name.step(entry.stepId)}
          </ReportLine>
        ))}
      </ReportGroup>
    </>
  );
}
