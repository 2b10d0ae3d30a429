import { laneBands, LANE_HEADER_WIDTH, stepRect, type Board, type Rect } from "@brownpaper/shared";
import { MIN_ZOOM, type Viewport } from "../canvas-zoom";

/** Several things on the map at once: the steps of the main path, the handovers of a lane pair. */
export interface RevealGroup {
  stepIds: readonly string[];
  flowIds: readonly string[];
}

/** The box around a group's steps and the steps at both ends of its flows; null when none is left on the map. */
export function groupBounds(board: Pick<Board, "lanes" | "steps" | "flows">, group: RevealGroup): Rect | null {
  const topOf = new Map(laneBands(board.lanes).map((band) => [band.laneId, band.top]));
  const stepById = new Map(board.steps.map((step) => [step.id, step]));
  const flowById = new Map(board.flows.map((flow) => [flow.id, flow]));
  const ends = group.flowIds.flatMap((flowId) => {
    const flow = flowById.get(flowId);
    return flow ? [flow.from, flow.to] : [];
  });
  const boxes = [...group.stepIds, ...ends].flatMap((stepId) => {
    const step = stepById.get(stepId);
    return step ? [stepRect(step, topOf.get(step.laneId) ?? 0)] : [];
  });
  if (boxes.length === 0) return null;
  const left = Math.min(...boxes.map((box) => box.x));
  const top = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

const MARGIN = 48;
/** A single thing is revealed at no less than this zoom; a group never comes closer than that. */
export const REVEAL_ZOOM = 0.8;

/**
 * The viewport that shows `bounds` whole in a pane of `pane` size: zoomed out as far as it
 * takes, but never in further than revealing one step would (the current zoom, or 0.8), so a
 * group of two steps does not fill the wall. The lane header column pinned over the map's left
 * edge is kept clear, and the group is centred in what remains.
 */
export function groupViewport(bounds: Rect, pane: { width: number; height: number }, currentZoom: number): Viewport {
  const fit = Math.min(
    (pane.width - MARGIN * 2) / (bounds.width + LANE_HEADER_WIDTH),
    (pane.height - MARGIN * 2) / bounds.height,
  );
  const zoom = Math.max(MIN_ZOOM, Math.min(fit, Math.max(currentZoom, REVEAL_ZOOM)));
  const header = LANE_HEADER_WIDTH * zoom;
  const centreX = header + (pane.width - header) / 2;
  return {
    x: centreX - (bounds.x + bounds.width / 2) * zoom,
    y: pane.height / 2 - (bounds.y + bounds.height / 2) * zoom,
    zoom,
  };
}
