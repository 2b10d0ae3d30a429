import type { Board } from "../../doc/read-board";
import type { Note } from "../../schema/note";
import { countEffectiveVotes } from "../../analytics/votes";
import type { Point } from "../../layout/flow-route";
import { escapeXml, xmlElement } from "../xml";
import { FONT, INK, NOTE_COLOURS } from "./svg-theme";
import { wrapText } from "./wrap-text";

export const NOTE_SIZE = { width: 120, height: 56 };

/**
 * What each sticky shows in its corner: a pain point's counted votes (capped, as the gap report
 * counts them), "?" on every pain point while the facilitator hides the vote, nothing otherwise.
 */
export function voteBadges(board: Pick<Board, "meta" | "notes">): (note: Note) => string | null {
  const counted = countEffectiveVotes(board).byNote;
  return (note) => {
    if (note.kind !== "pain") return null;
    if (board.meta.votesHidden) return "?";
    const votes = counted.get(note.id) ?? 0;
    return votes > 0 ? String(votes) : null;
  };
}

/** A note as a small sticky with its top-left corner at `at`, coloured by kind, with its vote badge if any. */
export function noteSvg(note: Note, at: Point, badge: string | null): string {
  const lines = wrapText(note.text || note.kind, NOTE_SIZE.width - 12, 10, 3);
  const text = lines
    .map((line, i) => `<tspan x="${at.x + 6}" y="${at.y + 14 + i * 13}">${escapeXml(line)}</tspan>`)
    .join("");
  return (
    `<g class="note note--${note.kind}">` +
    xmlElement("rect", {
      x: at.x,
      y: at.y,
      width: NOTE_SIZE.width,
      height: NOTE_SIZE.height,
      fill: NOTE_COLOURS[note.kind],
      stroke: "rgba(0,0,0,0.18)",
      "stroke-width": 1,
    }) +
    `<text font-family="${FONT}" font-size="10" fill="${INK}">${text}</text>` +
    (badge === null
      ? ""
      : `<text class="note__votes" x="${at.x + NOTE_SIZE.width - 6}" y="${at.y + NOTE_SIZE.height - 6}" font-family="${FONT}" font-size="10" font-weight="700" fill="${INK}" text-anchor="end">${escapeXml(badge)} ●</text>`) +
    `</g>`
  );
}
