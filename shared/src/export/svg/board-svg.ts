import type { Board } from "../../doc/read-board";
import { deriveHandovers } from "../../handovers";
import { LANE_HEADER_WIDTH, laneBands, stepRect, type Rect } from "../../layout/map-geometry";
import type { Point } from "../../layout/flow-route";
import { escapeXml, xmlElement } from "../xml";
import { handoverMarks } from "../../analytics/handover-marks";
import { stepFacts } from "../../analytics/step-facts";
import { ARROW_DEFS, flowSvg } from "./svg-flows";
import { NOTE_SIZE, noteSvg, voteBadges } from "./svg-notes";
import { stepFactsSvg } from "./svg-step-facts";
import { stepSvg } from "./svg-steps";
import { FONT, INK, LANE_COLOURS, PAPER } from "./svg-theme";

const PADDING = 24;
const TITLE_HEIGHT = 52;
const MIN_WIDTH = 960;
const RIGHT_MARGIN = 96;

export interface MapPicture {
  svg: string;
  /** Size in CSS pixels (1×); a PNG at 2× is twice this. */
  width: number;
  height: number;
}

/**
 * The whole map as a standalone SVG — every lane, step, flow, handover badge and note, with the
 * board title and no UI chrome. Text stays text, so the file is searchable and crisp at any size.
 * What the workshop added shows as it did on the canvas: each step's measures and R/A holders,
 * each handover's agreement score or "no agreement". Pain stickies carry their counted votes,
 * or "?" while the facilitator hides the vote.
 */
export function boardSvg(board: Board): MapPicture {
  const bands = laneBands(board.lanes);
  const top = new Map(bands.map((band) => [band.laneId, band.top + TITLE_HEIGHT]));
  const laneName = new Map(board.lanes.map((lane) => [lane.id, lane.name]));
  const boxes = new Map<string, Rect>(board.steps.map((step) => [step.id, stepRect(step, top.get(step.laneId)!)]));
  const extent = { right: MIN_WIDTH, bottom: TITLE_HEIGHT + bands.reduce((sum, band) => sum + band.height, 0) };
  const grow = (rect: Rect) => {
    extent.right = Math.max(extent.right, rect.x + rect.width + RIGHT_MARGIN);
    extent.bottom = Math.max(extent.bottom, rect.y + rect.height + 8);
  };
  boxes.forEach(grow);
  const factsOf = stepFacts(board);
  const facts = board.steps.map((step) => {
    const box = boxes.get(step.id)!;
    const drawn = stepFactsSvg(factsOf.get(step.id)!, box);
    grow({ ...box, height: drawn.bottom - box.y });
    return drawn.svg;
  });

  const marks = handoverMarks(board);
  const handoverOf = new Map(
    deriveHandovers(board).map((h) => [
      h.flow.id,
      { badge: `${laneName.get(h.providerLaneId)} → ${laneName.get(h.customerLaneId)}`, mark: marks.get(h.flow.id) },
    ]),
  );
  const flowParts = board.flows.map((flow) =>
    flowSvg(flow, boxes.get(flow.from)!, boxes.get(flow.to)!, handoverOf.get(flow.id) ?? null),
  );
  const flowMid = new Map(board.flows.map((flow, i) => [flow.id, flowParts[i]!.midpoint]));

  const badgeOf = voteBadges(board);
  const pile = new Map<string, number>();
  // Actions raised from a pain point or an agreement are a list, not stickies on the map.
  const onMap = board.notes.filter((note) => note.target.type !== "note" && note.target.type !== "agreement");
  const notes = onMap.map((note) => {
    const key = `${note.target.type}:${note.target.id}`;
    const n = pile.get(key) ?? 0;
    pile.set(key, n + 1);
    let at: Point;
    if (note.target.type === "step") {
      const box = boxes.get(note.target.id)!;
      at = { x: box.x + box.width - 28 + n * 12, y: box.y - 30 + n * 12 };
    } else if (note.target.type === "flow") {
      const mid = flowMid.get(note.target.id)!;
      at = { x: mid.x + 12 + n * 12, y: mid.y + 14 + n * 12 };
    } else if (note.target.type === "lane") {
      at = { x: 8 + n * 12, y: top.get(note.target.id)! + 52 + n * 12 };
    } else {
      at = { x: LANE_HEADER_WIDTH + 240 + n * (NOTE_SIZE.width + 8), y: -NOTE_SIZE.height + TITLE_HEIGHT - 2 };
    }
    grow({ ...at, ...NOTE_SIZE });
    return noteSvg(note, at, badgeOf(note));
  });

  const width = Math.ceil(extent.right);
  const lanes = board.lanes.map((lane) => {
    const y = top.get(lane.id)!;
    const colours = LANE_COLOURS[lane.kind];
    return (
      `<g class="lane lane--${lane.kind}">` +
      xmlElement("rect", {
        x: 0,
        y,
        width,
        height: lane.height,
        fill: colours.tint,
        stroke: "#c9b48f",
        "stroke-width": 1,
      }) +
      xmlElement("rect", {
        x: 0,
        y,
        width: LANE_HEADER_WIDTH,
        height: lane.height,
        fill: colours.header,
        stroke: "#c9b48f",
        "stroke-width": 1,
      }) +
      `<text x="12" y="${y + 24}" font-family="${FONT}" font-size="14" font-weight="600" fill="${INK}">${escapeXml(lane.name)}</text>` +
      `<text x="12" y="${y + 42}" font-family="${FONT}" font-size="11" fill="${colours.badge}">${lane.kind}</text>` +
      `</g>`
    );
  });
  const title =
    `<text x="4" y="30" font-family="${FONT}" font-size="20" font-weight="700" fill="${INK}">${escapeXml(board.meta.title)}</text>` +
    `<text x="4" y="46" font-family="${FONT}" font-size="11" fill="#7a6650">${escapeXml(`${board.meta.state} map`)}</text>`;

  const totalWidth = width + PADDING * 2;
  const totalHeight = Math.ceil(extent.bottom) + PADDING * 2;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${totalWidth}" height="${totalHeight}" viewBox="0 0 ${totalWidth} ${totalHeight}">` +
    `<title>${escapeXml(board.meta.title)}</title>${ARROW_DEFS}` +
    xmlElement("rect", { x: 0, y: 0, width: totalWidth, height: totalHeight, fill: PAPER }) +
    `<g transform="translate(${PADDING} ${PADDING})">${title}${lanes.join("")}${flowParts.map((p) => p.svg).join("")}${board.steps.map((step) => stepSvg(step, boxes.get(step.id)!)).join("")}${facts.join("")}${notes.join("")}</g>` +
    `</svg>`;
  return { svg, width: totalWidth, height: totalHeight };
}
