import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { boardMaps, syncProtocols, type AccessRole } from "@brownpaper/shared";
import { createBoardUndo, type BoardUndo } from "./board-undo";
import { openFacilitationConnection, type FacilitationConnection } from "./facilitation-connection";
import { keepOffline, offlineCopyName, type OfflineCopy } from "./offline-copy";
import { createBoardProjection, type BoardProjection } from "./board-projection";
import { createServerClock, type ServerClock } from "./server-clock";
import { createListeners } from "../lib/listeners";
import { watchConnection, type ConnectionTrouble } from "./watch-connection";
import { connectionStatus, nextProviderState, type ConnectionStatus, type ProviderState } from "./connection-status";

/** One open board: its doc, the socket that syncs it, and the projection React reads. */
export interface BoardConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
  projection: BoardProjection;
  facilitation: FacilitationConnection;
  undo: BoardUndo;
  /** The server's clock, which the workshop timer counts in. */
  clock: ServerClock;
  subscribeStatus: (listener: () => void) => () => void;
  getStatus: () => ConnectionStatus;
  /** Why the board cannot sync, if retrying cannot help, and the reason behind a reconnect; changes notify `subscribeStatus`. */
  getTrouble: () => ConnectionTrouble;
  /** After a problem: forget it and try both sockets again. */
  retry: () => void;
  /** After the server keeps refusing this browser's changes: drop them (this browser's copy) so a reload starts from the server's board. */
  discardLocalCopy: () => Promise<void>;
  /** True once the board is there to show: synced with the server, or found in this browser's copy. */
  hasSynced: () => boolean;
  destroy: () => void;
}

function syncOrigin(location: Location): string {
  const protocol = location.protocol === "https:" ? "wss:" : "ws:";
  return `${protocol}//${location.host}/sync`;
}

export function openBoardConnection(boardId: string, token: string, role: AccessRole): BoardConnection {
  const doc = new Y.Doc();
  const syncUrl = syncOrigin(window.location);
  const provider = new WebsocketProvider(syncUrl, boardId, doc, {
    // The token rides in Sec-WebSocket-Protocol, not the URL, so proxy logs never see a working link.
    protocols: syncProtocols(token),
    // Same-origin tabs would otherwise exchange updates over BroadcastChannel, bypassing the
    // server's check that view links cannot write.
    disableBc: true,
  });
  const projection = createBoardProjection(doc);
  const facilitation = openFacilitationConnection(syncUrl, boardId, token);
  const undo = createBoardUndo(doc);
  const clock = createServerClock();
  const listeners = createListeners();
  let state: ProviderState = { socket: "connecting", synced: false, dropped: false };
  let status = connectionStatus(state);
  let everSynced = false;

  const notify = listeners.notify;
  const trouble = watchConnection(boardId, token, provider, facilitation.provider, notify);
  const update = (change: Partial<Pick<ProviderState, "socket" | "synced">>) => {
    state = nextProviderState(state, change);
    if (state.synced) everSynced = true;
    const next = connectionStatus(state);
    if (next === status) return;
    status = next;
    notify();
  };
  provider.on("status", ({ status: socket }) => update({ socket }));
  provider.on("sync", (synced) => update({ synced }));
  // The browser's copy shows the board (and any unsynced edits) when the server is out of reach.
  // Coming back online reopens the sockets, unless the server has refused them for good.
  const sockets = [provider, facilitation.provider].map((socket) => ({
    connect: () => {
      if (trouble.mayReconnect()) socket.connect();
    },
    disconnect: () => socket.disconnect(),
  }));
  const offline: OfflineCopy = keepOffline(offlineCopyName(boardId, role), doc, sockets, () => {
    if (everSynced || boardMaps(doc).lanes.size === 0) return;
    everSynced = true;
    notify();
  });

  return {
    doc,
    provider,
    projection,
    facilitation,
    undo,
    clock,
    subscribeStatus: listeners.subscribe,
    getStatus: () => status,
    getTrouble: trouble.getTrouble,
    retry: trouble.retry,
    discardLocalCopy: () => offline.discard(),
    hasSynced: () => everSynced,
    destroy() {
      listeners.clear();
      trouble.destroy();
      clock.destroy();
      offline.destroy();
      undo.destroy();
      facilitation.destroy();
      projection.destroy();
      provider.destroy();
      doc.destroy();
    },
  };
}
