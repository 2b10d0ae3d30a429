import type { Board } from "../doc/read-board";
import { gapReport, type GapReport } from "./gap-report";
import {
  MEASURE_LABELS,
  count,
  formatMinutes,
  formatPercent,
  formatScore,
  formatShare,
  inline,
  namer,
  table,
  type NameOverrides,
  type Namer,
} from "./markdown";
import { handoverGridMarkdown } from "./handover-grid-markdown";
import { painSection } from "./pain-markdown";
import { actionsSection } from "./actions-markdown";

const MISMATCH_WORDS = {
  "within-lane": "now runs within",
  reversed: "now runs the other way",
  "other-lanes": "now runs between other lanes",
} as const;

function handoverSection(report: GapReport, name: Namer): string[] {
  const { handovers, coverage } = report;
  const out = [
    "## Handovers",
    "",
    `${count(handovers.total, "handover")}; ${handovers.coreSupport.count} (${formatShare(handovers.coreSupport.share)}) between core and support.`,
  ];
  if (handovers.pairs.length > 0) {
    out.push("", ...handoverGridMarkdown(report, name));
    const rows = handovers.pairs.map((pair) => [
      `${name.lane(pair.providerLaneId)} → ${name.lane(pair.customerLaneId)}`,
      pair.count,
      pair.flowIds.map(name.flow).join("; "),
    ]);
    out.push("", table(["Provider → customer", "Handovers", "Flows"], rows));
  }
  out.push("", "### Handovers without an agreement", "");
  if (coverage.uncovered.length === 0) out.push("Every handover is covered.");
  for (const handover of coverage.uncovered) {
    out.push(
      `- ${name.flow(handover.flowId)}: ${name.lane(handover.providerLaneId)} → ${name.lane(handover.customerLaneId)}`,
    );
  }
  return out;
}

function agreementSection(report: GapReport, name: Namer): string[] {
  const out = ["## Service agreements", ""];
  if (report.agreements.length === 0) return [...out, "No service agreements yet."];
  const rows = report.agreements.map((agreement) => [
    inline(agreement.expectation.trim() || agreement.agreementId),
    `${name.lane(agreement.providerLaneId)} → ${name.lane(agreement.customerLaneId)}`,
    inline(agreement.status),
    formatScore(agreement.score.combined),
    formatScore(agreement.score.task),
    formatScore(agreement.score.relationship),
    agreement.rag ?? "",
    agreement.trend === null ? "" : `${agreement.trend >= 0 ? "+" : ""}${formatScore(agreement.trend)}`,
    `${agreement.reviews.length}${agreement.reviewDue === "overdue" ? ", **review overdue**" : agreement.reviewDue === "soon" ? ", review soon" : ""}`,
    inline(agreement.weightProblem ?? ""),
  ]);
  out.push(
    table(
      [
        "Agreement",
        "Provider → customer",
        "Status",
        "Score",
        "Task",
        "Relationship",
        "RAG",
        "Trend",
        "Reviews",
        "Problem",
      ],
      rows,
    ),
  );
  if (report.focus.length > 0) {
    out.push("", "### How free each provider leaves its internal customers to focus", "");
    for (const entry of report.focus)
      out.push(`- ${name.lane(entry.laneId)}: ${formatScore(entry.focus)} (${count(entry.agreements, "agreement")})`);
  }
  if (report.coverage.mismatched.length > 0 || report.coverage.withoutFlows.length > 0) {
    out.push("", "### Agreements that no longer fit their flows", "");
    for (const agreement of report.coverage.mismatched) {
      for (const flow of agreement.flows) {
        const where =
          flow.reason === "within-lane"
            ? `${MISMATCH_WORDS[flow.reason]} ${name.lane(flow.fromLaneId)}`
            : `${MISMATCH_WORDS[flow.reason]}: ${name.lane(flow.fromLaneId)} → ${name.lane(flow.toLaneId)}`;
        const lanes = `${name.lane(agreement.providerLaneId)} → ${name.lane(agreement.customerLaneId)}`;
        out.push(`- ${lanes}: ${name.flow(flow.flowId)} ${where}`);
      }
    }
    for (const agreementId of report.coverage.withoutFlows)
      out.push(`- ${inline(agreementId)} covers no flow any more`);
  }
  return out;
}

function raciSection(report: GapReport, name: Namer): string[] {
  const { raci } = report;
  const out = ["## Roles (RACI)", "", `${count(raci.errorCount, "error")}, ${count(raci.warningCount, "warning")}.`];
  if (raci.issues.length > 0) out.push("");
  for (const issue of raci.issues) {
    const what =
      issue.rule === "no-accountable"
        ? "no A"
        : issue.rule === "several-accountable"
          ? `more than one A (${issue.roleIds.map(name.role).join(", ")})`
          : "no R";
    out.push(`- ${issue.severity === "error" ? "Error" : "Warning"}: ${name.step(issue.stepId)} has ${what}`);
  }
  if (raci.load.length > 0) {
    const rows = raci.load.map((load) => [name.role(load.roleId), load.responsibleCount, load.accountableCount]);
    out.push("", table(["Role", "R", "A"], rows));
  }
  return out;
}

function mainPathSection(report: GapReport, name: Namer): string[] {
  const path = report.mainPath;
  const out = ["## Main path", ""];
  if (path.stepIds.length === 0) return [...out, "No start step reaches an end step yet."];
  out.push(path.stepIds.map(name.step).join(" → "), "");
  const missing = path.missingMeasures.map(
    (step) => `${name.step(step.stepId)} (${step.missing.map((measure) => MEASURE_LABELS[measure]).join(", ")})`,
  );
  out.push(
    table(
      ["Measure", "Value"],
      [
        ["Process time", formatMinutes(path.processTime)],
        ["Lead time", formatMinutes(path.leadTime)],
        ["Flow efficiency", formatShare(path.flowEfficiency)],
        [
          "Rolled %C&A",
          `${formatPercent(path.rolledPctCompleteAccurate)} (${count(path.stepsWithoutPct, "step")} without %C&A)`,
        ],
        ["Waiting in core lanes", formatMinutes(path.waiting.core)],
        ["Waiting in support lanes", formatMinutes(path.waiting.support)],
        ["Waiting in other lanes", formatMinutes(path.waiting.other)],
      ],
    ),
  );
  if (missing.length > 0) out.push("", `Missing measures on the path: ${missing.join("; ")}.`);
  return out;
}

function mapQualitySection(report: GapReport, name: Namer): string[] {
  const quality = report.mapQuality;
  const lines = [
    ...quality.unconnectedSteps.map(
      (step) => `- ${name.step(step.stepId)} has no flow ${step.missing === "both" ? "in or out" : step.missing}`,
    ),
    ...quality.unclearDecisions.map(
      (decision) =>
        `- Decision ${name.step(decision.stepId)} has ${decision.labelledExits} of ${count(decision.exits, "exit")} labelled`,
    ),
    ...quality.missingMeasures.map(
      (step) =>
        `- ${name.step(step.stepId)} lacks ${step.missing.map((measure) => MEASURE_LABELS[measure]).join(", ")}`,
    ),
  ];
  return ["## Map quality", "", ...(lines.length > 0 ? lines : ["Nothing missing."])];
}

/**
 * The gap report as Markdown (headings, tables, lists) for "copy as Markdown". Takes a board
 * or a report made earlier; entries of `names` replace those the report carries with the same
 * id, e.g. lane names edited since the report was made. While votes are hidden, pain points
 * show no counts.
 */
export function gapReportMarkdown(source: Board | GapReport, names: NameOverrides = {}): string {
  const report = "meta" in source ? gapReport(source) : source;
  const name = namer(report.names, names);
  const sections = [
    [`# Gap report: ${inline(report.title)}`, "", `Map state: ${inline(report.state)}.`],
    handoverSection(report, name),
    agreementSection(report, name),
    raciSection(report, name),
    painSection(report, name),
    mainPathSection(report, name),
    mapQualitySection(report, name),
    actionsSection(report, name),
  ];
  return `${sections.map((lines) => lines.join("\n")).join("\n\n")}\n`;
}
