import type { Flow } from "../../schema/flow";
import type { Rect } from "../../layout/map-geometry";
import { flowRoute, routeMidpoint, type Point } from "../../layout/flow-route";
import { escapeXml, xmlElement } from "../xml";
import { FONT, HANDOVER, INK, LINE } from "./svg-theme";

export const ARROW_DEFS =
  `<defs>` +
  `<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${LINE}"/></marker>` +
  `<marker id="arrow-handover" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${HANDOVER}"/></marker>` +
  `</defs>`;

const path = (points: readonly Point[]) => points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join("");

function pill(text: string, at: Point, fill: string, colour: string, fontSize: number): string {
  const width = Math.min(260, text.length * fontSize * 0.58 + 16);
  const height = fontSize + 10;
  return (
    xmlElement("rect", { x: (at.x - width / 2).toFixed(1), y: (at.y - height / 2).toFixed(1), width: width.toFixed(1), height, rx: height / 2, fill, stroke: colour, "stroke-width": 1 }) +
    `<text x="${at.x.toFixed(1)}" y="${at.y.toFixed(1)}" font-family="${FONT}" font-size="${fontSize}" fill="${colour}" text-anchor="middle" dominant-baseline="middle">${escapeXml(text)}</text>`
  );
}

/**
 * A flow as SVG. A handover (a flow between lanes) is drawn thicker and dashed in the handover
 * colour, with a badge naming "provider → customer".
 */
export function flowSvg(flow: Flow, source: Rect, target: Rect, handoverBadge: string | null): { svg: string; midpoint: Point } {
  const points = flowRoute(source, target);
  const midpoint = routeMidpoint(points);
  const handover = handoverBadge !== null;
  const line = xmlElement("path", {
    d: path(points),
    fill: "none",
    stroke: handover ? HANDOVER : LINE,
    "stroke-width": handover ? 2.5 : 1.5,
    "stroke-dasharray": handover ? "8 5" : undefined,
    "marker-end": handover ? "url(#arrow-handover)" : "url(#arrow)",
  });
  let labels = "";
  if (handover) labels += pill(handoverBadge, { x: midpoint.x, y: midpoint.y - (flow.label ? 12 : 0) }, "#fff1e6", HANDOVER, 11);
  if (flow.label) labels += pill(flow.label, { x: midpoint.x, y: midpoint.y + (handover ? 12 : 0) }, "#ffffff", INK, 11);
  return { svg: `<g class="flow${handover ? " flow--handover" : ""}">${line}${labels}</g>`, midpoint };
}
