import { scoreBand } from "../../analytics/agreement-reviews";
import type { HandoverMark } from "../../analytics/handover-marks";
import type { PillStyle } from "./svg-pill";

/** Score bands as the canvas colours them: 80 and up good, 60 and up fair, below poor. */
const BANDS = {
  good: { fill: "#dcefd6", colour: "#245c20" },
  fair: { fill: "#fff1d6", colour: "#6b4300" },
  poor: { fill: "#f9ddd6", colour: "#8a2a1b" },
  none: { fill: "#efe6d6", colour: "#76665a" },
} as const;

/**
 * The badge a handover's agreement gets: "SLA 72" in its score's band (or "SLA –" when nothing
 * is scored), or a dashed "no agreement" when none covers the handover.
 */
export function agreementMarkPill(mark: HandoverMark): { text: string; className: string; style: PillStyle } {
  if (mark.agreement === "none") {
    return {
      text: "no agreement",
      className: "agreement-mark agreement-mark--none",
      style: { fill: "#ffffff", colour: "#8a2a1b", stroke: "#a23b2a", dashed: true, bold: true },
    };
  }
  const { score } = mark;
  const band = scoreBand(score);
  return {
    text: `SLA ${score === null ? "–" : Math.round(score)}`,
    className: `agreement-mark score--${band}`,
    style: { ...BANDS[band], stroke: BANDS[band].colour, bold: true },
  };
}
