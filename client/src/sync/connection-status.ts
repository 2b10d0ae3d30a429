/** What the connection indicator shows. */
export type ConnectionStatus = "connecting" | "synced" | "offline";

export interface ProviderState {
  /** The socket's own state, as the provider's `status` event reports it. */
  socket: "connecting" | "connected" | "disconnected";
  synced: boolean;
}

/** Connected but not yet synced still counts as connecting: the board may be incomplete. */
export function connectionStatus({ socket, synced }: ProviderState): ConnectionStatus {
  if (socket === "disconnected") return "offline";
  if (socket === "connected" && synced) return "synced";
  return "connecting";
}
