import type { ReactNode } from "react";
import { useReveal, type RevealTarget } from "../../lib/reveal/use-reveal";

interface ReportLineProps {
  /** Required: every line of the report shows its subject on the map. */
  target: RevealTarget;
  children: ReactNode;
  value?: ReactNode;
  tone?: "error" | "warning" | "plain";
  /** What a click shows, as a tooltip, when "Show on the map" says too little. */
  hint?: string;
  /** A follow-up the line offers, beside the link (e.g. "Create agreement"). */
  action?: { label: string; onClick: () => void; testId?: string };
}

/** One line of the gap report; clicking it selects and centres what it is about. */
export function ReportLine({
  target,
  children,
  value,
  tone = "plain",
  hint = "Show on the map",
  action,
}: ReportLineProps) {
  const reveal = useReveal();
  return (
    <li className={`report-line report-line--${tone}`} data-testid="report-line">
      <button type="button" className="report-line__link" onClick={() => reveal(target)} title={hint}>
        <span className="report-line__text">{children}</span>
        {value !== undefined && <span className="report-line__value">{value}</span>}
      </button>
      {action && (
        <button
          type="button"
          className="button button--small report-line__action"
          data-testid={action.testId}
          onClick={action.onClick}
        >
          {action.label}
        </button>
      )}
    </li>
  );
}

/** A titled group of report lines, with a line for "nothing here". */
export function ReportGroup({
  title,
  empty,
  children,
  testId,
}: {
  title: string;
  empty: string;
  children: ReactNode[];
  testId?: string;
}) {
  return (
    <div className="report-group" data-testid={testId}>
      <h4 className="report-group__title">{title}</h4>
      {children.length === 0 ? (
        <p className="report-group__empty">{empty}</p>
      ) : (
        <ul className="report-lines">{children}</ul>
      )}
    </div>
  );
}
