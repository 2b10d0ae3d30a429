import { scoreBand } from "@brownpaper/shared";
/**
 * On a handover: its service agreement's score as a badge, or a marker that no agreement
 * covers it yet. Nothing on flows within one lane.
 */
export function AgreementMarker({ agreement, score }: { agreement: "covered" | "none" | null; score: number | null }) {
  if (agreement === null) return null;
  if (agreement === "none") {
    return (
      <span
        className="agreement-marker agreement-marker--none"
        data-testid="no-agreement-marker"
        title="No service agreement covers this handover"
      >
        no agreement
      </span>
    );
  }
  const band = scoreBand(score);
  return (
    <span
      className={`agreement-marker score--${band}`}
      data-testid="score-badge"
      data-score={score === null ? "" : Math.round(score)}
      title="Service score of this handover's agreement"
    >
      SLA {score === null ? "–" : Math.round(score)}
    </span>
  );
}
