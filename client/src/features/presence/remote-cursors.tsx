import { ViewportPortal, useStore, type ReactFlowState } from "@xyflow/react";
import { usePeers } from "../../sync/use-peers";

const selectZoom = (state: ReactFlowState) => state.transform[2];

/** Everyone else's pointer on the board, with their name, in their colour. */
export function RemoteCursors() {
  const peers = usePeers();
  const zoom = useStore(selectZoom);
  return (
    <ViewportPortal>
      {peers.map((peer) =>
        peer.cursor ? (
          <div
            key={peer.clientId}
            className="remote-cursor"
            data-testid="remote-cursor"
            data-name={peer.user.name}
            style={{
              transform: `translate(${peer.cursor.x}px, ${peer.cursor.y}px) scale(${1 / zoom})`,
              color: peer.user.colour,
            }}
          >
            <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
              <path
                d="M1 1l6 15 2.2-6.3L16 7.5z"
                fill="currentColor"
                stroke="#fff"
                strokeWidth="1.2"
                strokeLinejoin="round"
              />
            </svg>
            <span className="remote-cursor__name" style={{ background: peer.user.colour }}>
              {peer.user.name}
            </span>
          </div>
        ) : null,
      )}
    </ViewportPortal>
  );
}
