import { totalHeight, type LaneBand } from "./lane-layout";

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const MIN_CONTENT_WIDTH = 960;
const RIGHT_MARGIN = 96;

/**
 * What "fit view" shows: every lane from its header to just past its rightmost step, not
 * the whole (mostly empty) width of the bands.
 */
export function contentBounds(bands: readonly LaneBand[], stepRightEdges: readonly number[]): Rect {
  const right = stepRightEdges.reduce((max, edge) => Math.max(max, edge + RIGHT_MARGIN), MIN_CONTENT_WIDTH);
  return { x: 0, y: 0, width: right, height: Math.max(totalHeight(bands), 1) };
}
