import { ViewportPortal, useNodes } from "@xyflow/react";
import type { BoardNode } from "../canvas/canvas-types";
import { usePeers } from "./use-peers";

const PAD = 5;

/** What others have selected, outlined in their colour with their name, so two people don't edit the same step unawares. */
export function RemoteSelections() {
  const peers = usePeers();
  const nodes = useNodes<BoardNode>();
  if (peers.every((peer) => peer.selection.length === 0)) return null;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  return (
    <ViewportPortal>
      {peers.flatMap((peer) =>
        peer.selection.map((stepId) => {
          const node = byId.get(stepId);
          if (!node || node.type !== "step") return null;
          return (
            <div
              key={`${peer.clientId}:${stepId}`}
              className="remote-selection"
              data-testid="remote-selection"
              data-step-id={stepId}
              data-name={peer.user.name}
              style={{
                transform: `translate(${node.position.x - PAD}px, ${node.position.y - PAD}px)`,
                width: (node.width ?? 0) + PAD * 2,
                height: (node.height ?? 0) + PAD * 2,
                borderColor: peer.user.colour,
              }}
            >
              <span className="remote-selection__name" style={{ background: peer.user.colour }}>
                {peer.user.name}
              </span>
            </div>
          );
        }),
      )}
    </ViewportPortal>
  );
}
