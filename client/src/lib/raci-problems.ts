import type { RaciIssue, RaciRule } from "@brownpaper/shared";

/** How a RACI problem reads in the matrix, the inspector and the gap report. */
export const RACI_RULE_TEXT: Readonly<Record<RaciRule, string>> = {
  "no-accountable": "No A",
  "several-accountable": "More than one A",
  "no-responsible": "No R",
};

/** The problems of each step, by step id. */
export function issuesByStep(issues: readonly RaciIssue[]): ReadonlyMap<string, RaciIssue[]> {
  const byStep = new Map<string, RaciIssue[]>();
  for (const issue of issues) byStep.set(issue.stepId, [...(byStep.get(issue.stepId) ?? []), issue]);
  return byStep;
}
