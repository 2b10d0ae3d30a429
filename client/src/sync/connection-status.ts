/** What the connection indicator shows. */
export type ConnectionStatus = "connecting" | "synced" | "offline";

export interface ProviderState {
  /** The socket's own state, as the provider's `status` event reports it. */
  socket: "connecting" | "connected" | "disconnected";
  synced: boolean;
  /** A connection closed or failed since the last successful sync. */
  dropped: boolean;
}

/**
 * Connected but not yet synced still counts as connecting: the board may be incomplete. Once
 * a connection has dropped, the provider's quick reconnect attempts still read as offline, so
 * the indicator does not flicker between "offline" and "connecting" while the server is away.
 */
export function connectionStatus({ socket, synced, dropped }: ProviderState): ConnectionStatus {
  if (socket === "connected" && synced) return "synced";
  if (socket === "disconnected" || dropped) return "offline";
  return "connecting";
}

/** The next provider state after a `status` or `sync` event. */
export function nextProviderState(
  state: ProviderState,
  change: Partial<Pick<ProviderState, "socket" | "synced">>,
): ProviderState {
  const next = { ...state, ...change };
  if (next.socket !== "connected") next.synced = false;
  if (change.socket === "disconnected") next.dropped = true;
  if (next.socket === "connected" && next.synced) next.dropped = false;
  return next;
}
