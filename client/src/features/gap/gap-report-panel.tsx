import { useMemo, useState } from "react";
import { gapReport, gapReportMarkdown, mainPathParts, type Board } from "@brownpaper/shared";
import { copyText } from "../../lib/copy-text";
import { useUiStore } from "../../state/store";
import { Section } from "../../components/fields/section";
import { GapActions } from "./gap-actions";
import { GapHandovers } from "./gap-handovers";
import { GapMainPath } from "./gap-main-path";
import { GapMapQuality } from "./gap-map-quality";
import { gapNames } from "./gap-names";
import { GapPain } from "./gap-pain";
import { GapRaci } from "./gap-raci";
import "./gap-report.css";

/**
 * The live gap report: computed here from the same snapshot everyone sees, by the same
 * `gapReport` the server answers /report.json with. Every line shows its subject on the map.
 */
export function GapReportPanel({ board }: { board: Board }) {
  const report = useMemo(() => gapReport(board), [board]);
  const name = useMemo(() => gapNames(report.names), [report]);
  const parts = useMemo(() => mainPathParts(board, report.mainPath), [board, report]);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const ok = await copyText(gapReportMarkdown(report));
    if (!ok) return useUiStore.getState().showToast("Could not copy the report: your browser blocked the clipboard.");
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };

  return (
    <div className="gap-report" data-testid="gap-report">
      <div className="gap-report__actions">
        <span className="panel-hint">Live for everyone on this board.</span>
        <button
          type="button"
          className="button button--small"
          data-testid="copy-report-markdown"
          onClick={() => void copy()}
        >
          {copied ? "Copied" : "Copy as Markdown"}
        </button>
      </div>
      <Section title="Main path">
        <GapMainPath report={report} parts={parts} stepLabel={name.step} />
      </Section>
      <Section title="Handovers & agreements">
        <GapHandovers report={report} name={name} />
      </Section>
      <Section title="Roles (RACI)">
        <GapRaci report={report} name={name} />
      </Section>
      <Section title="Pain points">
        <GapPain report={report} name={name} />
      </Section>
      <Section title="Actions">
        <GapActions report={report} />
      </Section>
      <Section title="Map quality">
        <GapMapQuality report={report} name={name} />
      </Section>
    </div>
  );
}
