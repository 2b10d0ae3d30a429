import type { GapReport } from "@brownpaper/shared";
import { ReportGroup, ReportLine } from "./report-line";

/** Actions in the report: the overdue ones first and marked, then the rest not done yet. */
export function GapActions({ report }: { report: GapReport }) {
  const { actions } = report;
  const overdue = new Set(actions.overdue);
  const pending = actions.items.filter((item) => item.status !== "done");
  return (
    <>
      <p className="panel-hint" data-testid="report-actions-summary">
        {actions.open} open · {actions.doing} doing · {actions.done} done
        {actions.overdue.length > 0 && <strong className="gap-overdue"> · {actions.overdue.length} overdue</strong>}
      </p>
      <ReportGroup title={`Not done (${pending.length})`} empty="Nothing left to do." testId="report-actions">
        {pending.map((item) => (
          <ReportLine
            key={item.id}
            target={{ type: "note", id: item.id }}
            value={overdue.has(item.id) ? `overdue · ${item.due}` : item.due || "no date"}
          >
            <span className={overdue.has(item.id) ? "gap-overdue" : undefined}>
              {item.text || "(no text)"}
              {item.owner && ` — ${item.owner}`}
            </span>
          </ReportLine>
        ))}
      </ReportGroup>
    </>
  );
}
