import { laneBands, LANE_HEADER_WIDTH, stepRect, type Board, type NoteTarget, type Point } from "@brownpaper/shared";

/**
 * The canvas point to centre on to show a target: a step's middle, the middle between a
 * flow's two steps, a lane's band a little right of its header, or the board's top-left.
 * Null when the target is gone.
 */
export function targetCentre(board: Pick<Board, "lanes" | "steps" | "flows">, target: NoteTarget): Point | null {
  const bands = laneBands(board.lanes);
  const topOf = new Map(bands.map((band) => [band.laneId, band.top]));
  const stepCentre = (stepId: string): Point | null => {
    const step = board.steps.find((candidate) => candidate.id === stepId);
    if (!step) return null;
    const box = stepRect(step, topOf.get(step.laneId) ?? 0);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  switch (target.type) {
    case "step":
      return stepCentre(target.id);
    case "flow": {
      const flow = board.flows.find((candidate) => candidate.id === target.id);
      const from = flow && stepCentre(flow.from);
      const to = flow && stepCentre(flow.to);
      return from && to ? { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 } : null;
    }
    case "lane": {
      const band = bands.find((candidate) => candidate.laneId === target.id);
      return band ? { x: LANE_HEADER_WIDTH + 320, y: band.top + band.height / 2 } : null;
    }
    case "board":
      return { x: LANE_HEADER_WIDTH + 320, y: 120 };
    case "note":
    case "agreement":
      // Actions are shown from their list, not found on the map.
      return null;
  }
}
