import type { Note } from "../../schema/note";
import type { Point } from "../../layout/flow-route";
import { escapeXml, xmlElement } from "../xml";
import { FONT, INK, NOTE_COLOURS } from "./svg-theme";
import { wrapText } from "./wrap-text";

export const NOTE_SIZE = { width: 120, height: 56 };

/** A note as a small sticky with its top-left corner at `at`, coloured by kind. */
export function noteSvg(note: Note, at: Point): string {
  const lines = wrapText(note.text || note.kind, NOTE_SIZE.width - 12, 10, 3);
  const votes = note.kind === "pain" ? Object.values(note.votes ?? {}).reduce((sum, dots) => sum + dots, 0) : 0;
  const text = lines
    .map((line, i) => `<tspan x="${at.x + 6}" y="${at.y + 14 + i * 13}">${escapeXml(line)}</tspan>`)
    .join("");
  return (
    `<g class="note note--${note.kind}">` +
    xmlElement("rect", { x: at.x, y: at.y, width: NOTE_SIZE.width, height: NOTE_SIZE.height, fill: NOTE_COLOURS[note.kind], stroke: "rgba(0,0,0,0.18)", "stroke-width": 1 }) +
    `<text font-family="${FONT}" font-size="10" fill="${INK}">${text}</text>` +
    (votes > 0 ? `<text x="${at.x + NOTE_SIZE.width - 6}" y="${at.y + NOTE_SIZE.height - 6}" font-family="${FONT}" font-size="10" font-weight="700" fill="${INK}" text-anchor="end">${votes} ●</text>` : "") +
    `</g>`
  );
}
