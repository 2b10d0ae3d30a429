import { useCallback } from "react";
import type { OnNodeDrag } from "@xyflow/react";
import { moveSteps, type StepPosition } from "@brownpaper/shared";
import { runCommand } from "../../../sync/run-command";
import { useBoardSession } from "../../../sync/board-session";
import { useUiStore } from "../../../state/store";
import type { BoardNode } from "../../../lib/canvas-types";
import type { LaneBand } from "../layout/lane-layout";
import { placeStep } from "../layout/place-step";
import { STEP_SIZE } from "@brownpaper/shared";

/**
 * On release, every dragged step lands in the band under its centre (the nearest band when
 * dropped outside all of them), clamped inside it, and the whole move is one command.
 */
export function useDragStop(bands: readonly LaneBand[]): OnNodeDrag<BoardNode> {
  const { doc } = useBoardSession();

  return useCallback<OnNodeDrag<BoardNode>>(
    (_event, _node, dragged) => {
      const moves = new Map<string, StepPosition>();
      for (const node of dragged) {
        if (node.type !== "step") continue;
        const placement = placeStep(bands, node.position, STEP_SIZE[node.data.kind]);
        if (placement) moves.set(node.id, placement);
      }
      if (moves.size > 0) runCommand(() => moveSteps(doc, moves));
      useUiStore.getState().clearDragPositions();
    },
    [doc, bands],
  );
}
