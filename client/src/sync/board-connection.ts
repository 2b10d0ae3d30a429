import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { createBoardProjection, type BoardProjection } from "./board-projection";
import { connectionStatus, nextProviderState, type ConnectionStatus, type ProviderState } from "./connection-status";

/** One open board: its doc, the socket that syncs it, and the projection React reads. */
export interface BoardConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
  projection: BoardProjection;
  subscribeStatus: (listener: () => void) => () => void;
  getStatus: () => ConnectionStatus;
  /** True once the first full sync with the server has completed. */
  hasSynced: () => boolean;
  destroy: () => void;
}

function syncOrigin(location: Location): string {
  const protocol = location.protocol === "https:" ? "wss:" : "ws:";
  return `${protocol}//${location.host}/sync`;
}

export function openBoardConnection(boardId: string, token: string): BoardConnection {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(syncOrigin(window.location), boardId, doc, {
    params: { token },
    // Same-origin tabs would otherwise exchange updates over BroadcastChannel, bypassing the
    // server's check that view links cannot write.
    disableBc: true,
  });
  const projection = createBoardProjection(doc);
  const listeners = new Set<() => void>();
  let state: ProviderState = { socket: "connecting", synced: false, dropped: false };
  let status = connectionStatus(state);
  let everSynced = false;

  const update = (change: Partial<Pick<ProviderState, "socket" | "synced">>) => {
    state = nextProviderState(state, change);
    if (state.synced) everSynced = true;
    const next = connectionStatus(state);
    if (next === status) return;
    status = next;
    for (const listener of listeners) listener();
  };
  provider.on("status", ({ status: socket }) => update({ socket }));
  provider.on("sync", (synced) => update({ synced }));

  return {
    doc,
    provider,
    projection,
    subscribeStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getStatus: () => status,
    hasSynced: () => everSynced,
    destroy() {
      listeners.clear();
      projection.destroy();
      provider.destroy();
      doc.destroy();
    },
  };
}
