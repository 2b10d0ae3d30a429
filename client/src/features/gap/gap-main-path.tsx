import type { GapReport, MainPath, MainPathParts } from "@brownpaper/shared";
import { useReveal } from "../../lib/reveal/use-reveal";
import { figureTarget, mainPathTarget, type MainPathFigure } from "./gap-targets";
import { MainPathHelp } from "./main-path-help";
import { minutesText, percentText, shareText } from "./report-format";
import { ReportGroup, ReportLine } from "./report-line";
import { RevealLink } from "./reveal-link";

const WHOLE_PATH_HINT = "Show the main path on the map";

/** The figures in the order a facilitator reads them out, and what clicking each one shows. */
const FIGURES: ReadonlyArray<{
  figure: MainPathFigure;
  label: string;
  value: (path: MainPath) => string;
  hint: string;
}> = [
  {
    figure: "processTime",
    label: "Process time",
    value: (path) => minutesText(path.processTime),
    hint: WHOLE_PATH_HINT,
  },
  { figure: "leadTime", label: "Lead time", value: (path) => minutesText(path.leadTime), hint: WHOLE_PATH_HINT },
  {
    figure: "flowEfficiency",
    label: "Flow efficiency",
    value: (path) => shareText(path.flowEfficiency),
    hint: WHOLE_PATH_HINT,
  },
  {
    figure: "rolledPctCompleteAccurate",
    label: "Rolled %C&A",
    value: (path) => percentText(path.rolledPctCompleteAccurate),
    hint: "Show the steps whose %C&A is rolled",
  },
  {
    figure: "waitingCore",
    label: "Waiting in core lanes",
    value: (path) => minutesText(path.waiting.core),
    hint: "Show the steps on the path that wait in core lanes",
  },
  {
    figure: "waitingSupport",
    label: "Waiting in support lanes",
    value: (path) => minutesText(path.waiting.support),
    hint: "Show the steps on the path that wait in support lanes",
  },
];

/** The numbers along the main path, each showing the steps it is made of, and its steps as links. */
export function GapMainPath({
  report,
  parts,
  stepLabel,
}: {
  report: GapReport;
  parts: MainPathParts;
  stepLabel: (id: string) => string;
}) {
  const reveal = useReveal();
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
      <ul className="report-figures" data-testid="main-path-figures">
        {FIGURES.map(({ figure, label, value, hint }) => (
          <li key={figure}>
            <button
              type="button"
              className="report-figure"
              data-testid="main-path-figure"
              data-figure={figure}
              title={hint}
              onClick={() => reveal(figureTarget(figure, path, parts))}
            >
              <span className="report-figure__label">{label}</span>
              <span className="report-figure__value">{value(path)}</span>
            </button>
          </li>
        ))}
      </ul>
      {path.waiting.other > 0 && (
        <p className="panel-hint">
          Plus{" "}
          <RevealLink
            target={figureTarget("waitingOther", path, parts)}
            hint="Show the steps on the path that wait in customer and external lanes"
          >
            {minutesText(path.waiting.other)} waiting in customer and external lanes
          </RevealLink>
          .
        </p>
      )}
      <MainPathHelp />
      <ReportGroup title={`Steps on the main path (${path.stepIds.length})`} empty="">
        {[
          <ReportLine
            key="whole"
            target={mainPathTarget(path)}
            hint={WHOLE_PATH_HINT}
            value={`${path.stepIds.length} steps`}
          >
            <strong>The whole path</strong>
          </ReportLine>,
          ...path.stepIds.map((stepId, index) => (
            <ReportLine key={stepId} target={{ type: "step", id: stepId }}>
              {index + 1}. {stepLabel(stepId)}
            </ReportLine>
          )),
        ]}
      </ReportGroup>
      <ReportGroup title="Missing measures on the path" empty="Every step on the path is measured.">
        {path.missingMeasures.map((entry) => (
          <ReportLine
            key={entry.stepId}
            target={{ type: "step", id: entry.stepId }}
            tone="warning"
            value={entry.missing.map(measureName).join(", ")}
          >
            {stepLabel(entry.stepId)}
          </ReportLine>
        ))}
      </ReportGroup>
    </>
  );
}

export function measureName(measure: string): string {
  return measure === "processTime" ? "process time" : measure === "leadTime" ? "lead time" : "%C&A";
}
