import type { Peer, SummonState } from "@brownpaper/shared";

/** Who this tab is to presence: its awareness client id (new on every load) and its presence id (kept across reloads). */
export interface OwnPresence {
  clientId: number;
  presenceId: string;
}

/**
 * Whom "bring everyone" asks this screen to follow: nobody (no summon), itself (it is the
 * facilitator's tab), a peer by client id, or nobody for now because the facilitator is away —
 * reloading, say — which must not count as a release.
 */
export type SummonLeader = { type: "none" } | { type: "me" } | { type: "peer"; clientId: number } | { type: "away" };

type PeerIds = Pick<Peer, "clientId" | "presenceId"> & { user: Pick<Peer["user"], "role"> };

/**
 * Finds the summoning facilitator among the peers by the tab presence id the summon names, so
 * they are found again under the new client id a reload gives them. A summon without a
 * presence id (from an older client) is followed by client id, as before. Should two tabs
 * show the id (a tab duplicated with its storage), the one the summon last named wins. Only a
 * facilitator's tab can lead: anyone can publish any presence id, but the server writes each
 * connection's true role into its presence, so a participant copying the facilitator's id
 * while they reload cannot take over every screen.
 */
export function summonLeader(summon: SummonState, me: OwnPresence, peers: readonly PeerIds[]): SummonLeader {
  if (!summon.active) return { type: "none" };
  if (summon.presenceId === null) {
    if (summon.clientId === me.clientId) return { type: "me" };
    return peers.some((peer) => peer.clientId === summon.clientId) && summon.clientId !== null
      ? { type: "peer", clientId: summon.clientId }
      : { type: "away" };
  }
  if (summon.presenceId === me.presenceId) return { type: "me" };
  const tabs = peers.filter((peer) => peer.presenceId === summon.presenceId && peer.user.role === "facilitator");
  const leader = tabs.find((peer) => peer.clientId === summon.clientId) ?? tabs[0];
  return leader ? { type: "peer", clientId: leader.clientId } : { type: "away" };
}

/**
 * True when the summon is this tab's from before a reload: it names this tab's presence id
 * but a client id nobody holds any more. The facilitator's tab then writes its new client id
 * in, so the summon names a live client again (for older clients, and for the button's state).
 */
export function summonIsOwnFromBeforeReload(summon: SummonState, me: OwnPresence, peers: readonly PeerIds[]): boolean {
  return (
    summon.active &&
    summon.presenceId === me.presenceId &&
    summon.clientId !== me.clientId &&
    !peers.some((peer) => peer.clientId === summon.clientId)
  );
}
