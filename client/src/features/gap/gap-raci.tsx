import type { GapReport } from "@brownpaper/shared";
import { RACI_RULE_TEXT } from "../../lib/raci-problems";
import type { GapNames } from "./gap-names";
import { roleTarget } from "./gap-targets";
import { ReportGroup, ReportLine } from "./report-line";

/** RACI problems per step and the R/A load each role carries. */
export function GapRaci({ report, name }: { report: GapReport; name: GapNames }) {
  const { raci } = report;
  return (
    <>
      <ReportGroup
        title={`Problems (${raci.errorCount} errors, ${raci.warningCount} warnings)`}
        empty="Every task and decision has one A and at least one R."
        testId="report-raci"
      >
        {raci.issues.map((issue) => (
          <ReportLine
            key={`${issue.stepId}:${issue.rule}`}
            target={{ type: "step", id: issue.stepId }}
            tone={issue.severity}
            value={RACI_RULE_TEXT[issue.rule]}
          >
            {name.step(issue.stepId)}
          </ReportLine>
        ))}
      </ReportGroup>
      <ReportGroup title="R / A load per role" empty="No roles yet." testId="report-role-load">
        {raci.load.map((load) => (
          <ReportLine
            key={load.roleId}
            target={roleTarget(load, report.names.roles)}
            hint={
              load.responsibleCount + load.accountableCount === 0
                ? "No R or A yet: show its lane"
                : "Select the steps it is R or A on"
            }
            tone={load.responsibleCount + load.accountableCount === 0 ? "warning" : "plain"}
            value={`R ${load.responsibleCount} · A ${load.accountableCount}`}
          >
            {name.role(load.roleId)}
          </ReportLine>
        ))}
      </ReportGroup>
    </>
  );
}
