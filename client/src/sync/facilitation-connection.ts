import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { facilitationRoom, readFacilitation, syncProtocols, type Facilitation } from "@brownpaper/shared";
import { createListeners } from "../lib/listeners";

/**
 * The board's facilitation doc (lock, walk, timer, summon, silent round) and its own socket.
 * Every link reads it; only facilitator links' updates are applied by the server, so the
 * facilitator's controls are the only writers that count.
 */
export interface FacilitationConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => Facilitation;
  destroy: () => void;
}

export function openFacilitationConnection(syncUrl: string, boardId: string, token: string): FacilitationConnection {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(syncUrl, facilitationRoom(boardId), doc, {
    // The token rides in Sec-WebSocket-Protocol, not the URL, so proxy logs never see a working link.
    protocols: syncProtocols(token),
    disableBc: true,
  });
  const listeners = createListeners();
  let snapshot = readFacilitation(doc);
  const onUpdate = () => {
    snapshot = readFacilitation(doc);
    listeners.notify();
  };
  doc.on("update", onUpdate);
  return {
    doc,
    provider,
    subscribe: listeners.subscribe,
    getSnapshot: () => snapshot,
    destroy() {
      listeners.clear();
      doc.off("update", onUpdate);
      provider.destroy();
      doc.destroy();
    },
  };
}
