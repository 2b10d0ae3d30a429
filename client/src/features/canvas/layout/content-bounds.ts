import { MIN_ZOOM, type Viewport } from "../../../lib/canvas-zoom";
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

/**
 * The viewport that shows `rect` whole inside a pane of `pane` size with `margin` pixels
 * around it, never zoomed past `maxZoom` (a two-step board should not fill the wall at 200%).
 * A short map sits at the top-left rather than floating in the middle of the screen.
 */
export function viewportForBounds(
  rect: Rect,
  pane: { width: number; height: number },
  { margin = 24, minZoom = MIN_ZOOM, maxZoom = 1 }: { margin?: number; minZoom?: number; maxZoom?: number } = {},
): Viewport {
  const usableWidth = Math.max(1, pane.width - margin * 2);
  const usableHeight = Math.max(1, pane.height - margin * 2);
  const zoom = Math.min(maxZoom, Math.max(minZoom, Math.min(usableWidth / rect.width, usableHeight / rect.height)));
  return { x: margin - rect.x * zoom, y: margin - rect.y * zoom, zoom };
}
