import type { Flow } from "../../schema/flow";
import type { Rect } from "../../layout/map-geometry";
import { flowRoute, routeMidpoint, type Point } from "../../layout/flow-route";
import { xmlElement } from "../xml";
import type { HandoverMark } from "../../analytics/handover-marks";
import { agreementMarkPill } from "./svg-agreement-mark";
import { PILL_HEIGHT, pillSvg, type PillStyle } from "./svg-pill";
import { HANDOVER, INK, LINE } from "./svg-theme";

export const ARROW_DEFS =
  `<defs>` +
  `<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${LINE}"/></marker>` +
  `<marker id="arrow-handover" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${HANDOVER}"/></marker>` +
  `</defs>`;

/** The space between the centres of stacked labels: one pill and a 3 px gap. */
const STACK_STEP = PILL_HEIGHT + 3;

const path = (points: readonly Point[]) =>
  points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join("");

/** What a handover carries: its "provider → customer" badge and its agreement's mark. */
export interface HandoverLabels {
  badge: string;
  mark: HandoverMark | undefined;
}

interface StackedLabel {
  text: string;
  style: PillStyle;
  className?: string;
}

/**
 * A flow as SVG. A handover (a flow between lanes) is drawn thicker and dashed in the handover
 * colour, with a badge naming "provider → customer" and, below it, its agreement's service
 * score or "no agreement". The flow's own label comes last, as the canvas stacks them.
 */
export function flowSvg(
  flow: Flow,
  source: Rect,
  target: Rect,
  handover: HandoverLabels | null,
): { svg: string; midpoint: Point } {
  const points = flowRoute(source, target);
  const midpoint = routeMidpoint(points);
  const line = xmlElement("path", {
    d: path(points),
    fill: "none",
    stroke: handover ? HANDOVER : LINE,
    "stroke-width": handover ? 2.5 : 1.5,
    "stroke-dasharray": handover ? "8 5" : undefined,
    "marker-end": handover ? "url(#arrow-handover)" : "url(#arrow)",
  });
  const stack: StackedLabel[] = [];
  if (handover) {
    stack.push({ text: handover.badge, style: { fill: "#fff1e6", colour: HANDOVER } });
    if (handover.mark) stack.push(agreementMarkPill(handover.mark));
  }
  if (flow.label) stack.push({ text: flow.label, style: { fill: "#ffffff", colour: INK } });
  const firstY = midpoint.y - ((stack.length - 1) * STACK_STEP) / 2;
  const labels = stack.map(({ text, style, className }, i) => {
    const drawn = pillSvg(text, { x: midpoint.x, y: firstY + i * STACK_STEP }, style);
    return className ? `<g class="${className}">${drawn}</g>` : drawn;
  });
  return { svg: `<g class="flow${handover ? " flow--handover" : ""}">${line}${labels.join("")}</g>`, midpoint };
}
