import type { Point } from "../../layout/flow-route";
import { escapeXml, xmlElement } from "../xml";
import { FONT } from "./svg-theme";

export interface PillStyle {
  fill: string;
  colour: string;
  /** The border; the text colour when absent. */
  stroke?: string;
  dashed?: boolean;
  bold?: boolean;
}

export const PILL_FONT_SIZE = 11;
export const PILL_HEIGHT = PILL_FONT_SIZE + 10;

/** A rounded label centred on `at`, as the canvas draws badges on flows. Its text is escaped. */
export function pillSvg(text: string, at: Point, style: PillStyle): string {
  // Bold glyphs run wider; an estimate, since there is no DOM to measure with on the server.
  const width = Math.min(260, text.length * PILL_FONT_SIZE * (style.bold ? 0.64 : 0.58) + 16);
  return (
    xmlElement("rect", {
      x: (at.x - width / 2).toFixed(1),
      y: (at.y - PILL_HEIGHT / 2).toFixed(1),
      width: width.toFixed(1),
      height: PILL_HEIGHT,
      rx: PILL_HEIGHT / 2,
      fill: style.fill,
      stroke: style.stroke ?? style.colour,
      "stroke-width": style.dashed ? 1.5 : 1,
      "stroke-dasharray": style.dashed ? "4 3" : undefined,
    }) +
    `<text x="${at.x.toFixed(1)}" y="${at.y.toFixed(1)}" font-family="${FONT}" font-size="${PILL_FONT_SIZE}"${style.bold ? ' font-weight="700"' : ""} fill="${style.colour}" text-anchor="middle" dominant-baseline="middle">${escapeXml(text)}</text>`
  );
}
