import type { Rect } from "../../layout/map-geometry";
import { escapeXml, xmlElement } from "../xml";
import type { StepFacts } from "../../analytics/step-facts";
import { FONT, INK } from "./svg-theme";
import { fitLine, GLYPH_WIDTH } from "./wrap-text";

const FONT_SIZE = 10.5;
const ROW_HEIGHT = 16;
/** Between the card and its facts, above and below. */
const GAP = 3;
/** The chips stay clear of the sticky pile on the card's top-right corner. */
const PILE_ROOM = 34;
const CHIP_PADDING = 10;
const CHIP_GAP = 3;
const CHAR_WIDTH = FONT_SIZE * GLYPH_WIDTH;

const CHIPS = [
  { code: "A", word: "Accountable", letterColour: "#7a2718" },
  { code: "R", word: "Responsible", letterColour: "#1f5f8b" },
] as const;

/**
 * The R and A chips in a row above the card, A first. Like the canvas's flex row, chips too
 * wide for the room shrink in proportion to their width and cut their names with an ellipsis;
 * each keeps the full names in a tooltip.
 */
function raciChips(facts: StepFacts, box: Rect): string {
  const chips = CHIPS.map((chip) => ({
    ...chip,
    names: chip.code === "A" ? facts.accountable : facts.responsible,
  })).filter((chip) => chip.names !== "");
  if (chips.length === 0) return "";
  const natural = chips.map((chip) => (chip.names.length + 2) * CHAR_WIDTH + CHIP_PADDING);
  const total = natural.reduce((sum, width) => sum + width, 0);
  const room = Math.max(0, box.width - PILE_ROOM - CHIP_GAP * (chips.length - 1));
  const overflow = Math.max(0, total - room);
  const y = box.y - GAP - ROW_HEIGHT;
  let x = box.x;
  return chips
    .map((chip, i) => {
      const width = natural[i]! - (overflow * natural[i]!) / total;
      const names = fitLine(chip.names, width - CHIP_PADDING - 2 * CHAR_WIDTH, FONT_SIZE);
      const drawn =
        `<g class="step-chip step-chip--${chip.code}"><title>${escapeXml(`${chip.word}: ${chip.names}`)}</title>` +
        xmlElement("rect", {
          x: x.toFixed(1),
          y,
          width: width.toFixed(1),
          height: ROW_HEIGHT,
          rx: 4,
          fill: "#fffdf8",
          "fill-opacity": 0.95,
          stroke: "#c3ac86",
          "stroke-width": 1,
        }) +
        `<text x="${(x + CHIP_PADDING / 2).toFixed(1)}" y="${y + ROW_HEIGHT / 2}" font-family="${FONT}" font-size="${FONT_SIZE}" fill="${INK}" dominant-baseline="middle">` +
        `<tspan font-weight="700" fill="${chip.letterColour}">${chip.code}</tspan> ${escapeXml(names)}</text></g>`;
      x += width + CHIP_GAP;
      return drawn;
    })
    .join("");
}

/** The step's measures in one line, centred under the card. */
function measuresLine(measures: string, box: Rect): string {
  if (measures === "") return "";
  const width = measures.length * CHAR_WIDTH + 12;
  const cx = box.x + box.width / 2;
  const y = box.y + box.height + GAP;
  return (
    `<g class="step-measures">` +
    xmlElement("rect", {
      x: (cx - width / 2).toFixed(1),
      y,
      width: width.toFixed(1),
      height: ROW_HEIGHT,
      rx: 4,
      fill: "#fffdf8",
      "fill-opacity": 0.95,
      stroke: "#dccbad",
      "stroke-width": 1,
    }) +
    `<text x="${cx}" y="${y + ROW_HEIGHT / 2}" font-family="${FONT}" font-size="${FONT_SIZE}" font-weight="600" fill="#76665a" text-anchor="middle" dominant-baseline="middle">${escapeXml(measures)}</text>` +
    `</g>`
  );
}

/**
 * What a step carries besides its label, drawn outside its card as on the canvas: who is
 * Accountable and Responsible above it, its measures below it. `bottom` is where the facts
 * end, so the picture can grow to hold them.
 */
export function stepFactsSvg(facts: StepFacts, box: Rect): { svg: string; bottom: number } {
  const bottom = facts.measures === "" ? box.y + box.height : box.y + box.height + GAP + ROW_HEIGHT;
  return { svg: raciChips(facts, box) + measuresLine(facts.measures, box), bottom };
}
