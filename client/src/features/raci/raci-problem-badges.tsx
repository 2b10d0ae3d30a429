import type { RaciIssue } from "@brownpaper/shared";
import { RACI_RULE_TEXT } from "../../lib/raci-problems";
import "./raci.css";

/** "No A" / "More than one A" (errors) and "No R" (a warning), in place. */
export function RaciProblemBadges({ issues, stepId }: { issues: readonly RaciIssue[]; stepId: string }) {
  if (issues.length === 0)
    return (
      <span className="raci-ok" data-testid="raci-ok" data-step-id={stepId}>
        OK
      </span>
    );
  return (
    <span className="raci-problems">
      {issues.map((issue) => (
        <span
          key={issue.rule}
          className={`raci-problem raci-problem--${issue.severity}`}
          data-testid="raci-problem"
          data-rule={issue.rule}
          data-step-id={stepId}
          title={
            issue.severity === "error" ? "Every task and decision needs exactly one A" : "Someone should be Responsible"
          }
        >
          {RACI_RULE_TEXT[issue.rule]}
        </span>
      ))}
    </span>
  );
}
