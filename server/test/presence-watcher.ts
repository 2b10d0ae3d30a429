import * as decoding from "lib0/decoding";
import type WebSocket from "ws";
import * as Y from "yjs";
import * as awarenessProtocol from "y-protocols/awareness";
import { MESSAGE_AWARENESS } from "../src/sync/protocol";

/**
 * Follows a board's presence over a raw socket and never sends anything. A stock y-websocket
 * client re-sends every presence it hears of; a test that must not have an observer vouch for
 * someone else's client id watches through this instead.
 */
export class PresenceWatcher {
  readonly awareness = new awarenessProtocol.Awareness(new Y.Doc());

  constructor(socket: WebSocket) {
    this.awareness.setLocalState(null);
    socket.on("message", (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== MESSAGE_AWARENESS) return;
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), socket);
    });
    socket.on("close", () => this.awareness.destroy());
  }
}
