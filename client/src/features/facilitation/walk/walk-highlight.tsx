import { ViewportPortal, useNodes } from "@xyflow/react";
import type { BoardNode } from "../../../lib/canvas-types";
import { useFacilitation } from "../../../sync/use-facilitation";
import { useCentreOnWalk } from "./use-centre-on-walk";
import "../facilitation.css";

const PAD = 8;

/**
 * On every screen, the walk's current step is ringed and centred, and the steps already
 * walked carry a tick. Drawn over the canvas so the step's own look is left alone.
 */
export function WalkHighlight() {
  const { walk } = useFacilitation();
  const nodes = useNodes<BoardNode>();
  const current = walk.active ? nodes.find((node) => node.id === walk.stepId) : undefined;
  const centreX = current ? current.position.x + (current.width ?? 0) / 2 : null;
  const centreY = current ? current.position.y + (current.height ?? 0) / 2 : null;
  useCentreOnWalk(walk.active ? walk.stepId : null, centreX, centreY);

  if (!walk.active) return null;
  const visited = new Set(walk.visited);
  return (
    <ViewportPortal>
      {nodes.map((node) => {
        if (node.type !== "step" || (!visited.has(node.id) && node.id !== walk.stepId)) return null;
        const isCurrent = node.id === walk.stepId;
        return (
          <div
            key={node.id}
            className={`walk-mark${isCurrent ? " walk-mark--current" : ""}`}
            data-testid={isCurrent ? "walk-current" : "walk-visited"}
            data-step-id={node.id}
            data-step-label={node.data.label}
            style={{
              transform: `translate(${node.position.x - PAD}px, ${node.position.y - PAD}px)`,
              width: (node.width ?? 0) + PAD * 2,
              height: (node.height ?? 0) + PAD * 2,
            }}
          >
            {!isCurrent && (
              <span className="walk-mark__tick" aria-hidden="true">
                ✓
              </span>
            )}
          </div>
        );
      })}
    </ViewportPortal>
  );
}
