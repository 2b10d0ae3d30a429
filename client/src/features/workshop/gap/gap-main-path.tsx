import type { GapReport } from "@brownpaper/shared";
import { MainPathHelp } from "./main-path-help";
import { minutesText, percentText, shareText } from "./report-format";
import { ReportGroup, ReportLine } from "./report-line";

/** The numbers along the main path, and its steps as links. */
export function GapMainPath({ report, stepLabel }: { report: GapReport; stepLabel: (id: string) => string }) {
  const path = report.mainPath;
  if (path.stepIds.length === 0) {
    return (
      <>
        <p className="report-group__empty">No main path yet: connect a start step through to an end step.</p>
        <MainPathHelp />
      </>
    );
  }
  return (
    <>
      <dl className="report-figures" data-testid="main-path-figures">
        <Figure label="Process time" value={minutesText(path.processTime)} />
        <Figure label="Lead time" value={minutesText(path.leadTime)} />
        <Figure label="Flow efficiency" value={shareText(path.flowEfficiency)} />
        <Figure label="Rolled %C&A" value={percentText(path.rolledPctCompleteAccurate)} />
        <Figure label="Waiting in core lanes" value={minutesText(path.waiting.core)} />
        <Figure label="Waiting in support lanes" value={minutesText(path.waiting.support)} />
      </dl>
      {path.waiting.other > 0 && <p className="panel-hint">Plus {minutesText(path.waiting.other)} waiting in customer and external lanes.</p>}
      <MainPathHelp />
      <ReportGroup title={`Steps on the main path (${path.stepIds.length})`} empty="">
        {path.stepIds.map((stepId, index) => (
          <ReportLine key={stepId} target={{ type: "step", id: stepId }}>
            {index + 1}. {stepLabel(stepId)}
          </ReportLine>
        ))}
      </ReportGroup>
      <ReportGroup title="Missing measures on the path" empty="Every step on the path is measured.">
        {path.missingMeasures.map((entry) => (
          <ReportLine key={entry.stepId} target={{ type: "step", id: entry.stepId }} tone="warning" value={entry.missing.map(measureName).join(", ")}>
            {stepLabel(entry.stepId)}
          </ReportLine>
        ))}
      </ReportGroup>
    </>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="report-figure">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

export function measureName(measure: string): string {
  return measure === "processTime" ? "process time" : measure === "leadTime" ? "lead time" : "%C&A";
}
