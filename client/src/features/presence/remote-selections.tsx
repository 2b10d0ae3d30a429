import { Fragment } from "react";
import { ViewportPortal, useNodes } from "@xyflow/react";
import { laneNodeId, type BoardNode } from "../../lib/canvas-types";
import type { Peer } from "@brownpaper/shared";
import { RemoteFlowOutline } from "./remote-flow-outline";
import { usePeers } from "../../sync/use-peers";

const PAD = 5;

const selectsNothing = (peer: Peer) =>
  peer.selection.steps.length === 0 && peer.selection.flows.length === 0 && peer.selection.lane === null;

/** A dashed frame round a step or a lane band, in the person's colour, with their name on it. */
function BoxOutline({
  peer,
  node,
  kind,
  targetId,
}: {
  peer: Peer;
  node: BoardNode;
  kind: "step" | "lane";
  targetId: string;
}) {
  const pad = kind === "lane" ? 0 : PAD;
  return (
    <div
      className={`remote-selection remote-selection--${kind}`}
      data-testid="remote-selection"
      data-kind={kind}
      data-target-id={targetId}
      data-name={peer.user.name}
      style={{
        transform: `translate(${node.position.x - pad}px, ${node.position.y - pad}px)`,
        width: (node.width ?? 0) + pad * 2,
        height: (node.height ?? 0) + pad * 2,
        borderColor: peer.user.colour,
      }}
    >
      <span className="remote-selection__name" style={{ background: peer.user.colour }}>
        {peer.user.name}
      </span>
    </div>
  );
}

/**
 * What others have selected — steps, flows or a lane — outlined in their colour with their
 * name, so two people don't edit the same thing unawares.
 */
export function RemoteSelections() {
  const peers = usePeers();
  const nodes = useNodes<BoardNode>();
  if (peers.every(selectsNothing)) return null;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  return (
    <ViewportPortal>
      {peers.map((peer) => {
        const laneId = peer.selection.lane;
        const lane = laneId === null ? undefined : byId.get(laneNodeId(laneId));
        return (
          <Fragment key={peer.clientId}>
            {laneId !== null && lane && <BoxOutline peer={peer} node={lane} kind="lane" targetId={laneId} />}
            {peer.selection.flows.map((flowId) => (
              <RemoteFlowOutline key={flowId} flowId={flowId} name={peer.user.name} colour={peer.user.colour} />
            ))}
            {peer.selection.steps.map((stepId) => {
              const node = byId.get(stepId);
              return node?.type === "step" ? (
                <BoxOutline key={stepId} peer={peer} node={node} kind="step" targetId={stepId} />
              ) : null;
            })}
          </Fragment>
        );
      })}
    </ViewportPortal>
  );
}
