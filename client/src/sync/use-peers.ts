import { useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import { useBoardSession } from "./board-session";
import { parsePeer, type Peer } from "@brownpaper/shared";
import { createListeners } from "../lib/listeners";

const NO_PEERS: readonly Peer[] = [];
const cache = new WeakMap<
  Awareness,
  { subscribe: (listener: () => void) => () => void; getSnapshot: () => readonly Peer[] }
>();

function readPeers(awareness: Awareness): readonly Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const peer = parsePeer(clientId, state);
    if (peer) peers.push(peer);
  }
  peers.sort((a, b) => a.user.name.localeCompare(b.user.name) || a.clientId - b.clientId);
  return peers.length === 0 ? NO_PEERS : peers;
}

/** One subscription per awareness, shared by every component that lists peers. */
function peerSource(awareness: Awareness) {
  let source = cache.get(awareness);
  if (source) return source;
  let snapshot = readPeers(awareness);
  const onChange = () => {
    snapshot = readPeers(awareness);
    listeners.notify();
  };
  const listeners = createListeners({
    onFirst() {
      snapshot = readPeers(awareness);
      awareness.on("change", onChange);
    },
    onLast: () => awareness.off("change", onChange),
  });
  source = { subscribe: listeners.subscribe, getSnapshot: () => snapshot };
  cache.set(awareness, source);
  return source;
}

/**
 * Everyone else on the board right now, by name. People who close the tab or lose the
 * connection drop out: the server removes their presence when the socket closes, and
 * awareness times out anyone it has not heard from in 30 s.
 */
export function usePeers(): readonly Peer[] {
  const { awareness } = useBoardSession();
  const source = peerSource(awareness);
  return useSyncExternalStore(source.subscribe, source.getSnapshot);
}
