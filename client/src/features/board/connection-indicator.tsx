import type { ConnectionStatus } from "../../sync/connection-status";

const TEXT: Readonly<Record<ConnectionStatus, { label: string; hint: string }>> = {
  connecting: { label: "Connecting…", hint: "Loading the latest version of the board." },
  synced: { label: "Live", hint: "Connected: changes are shared with everyone as you make them." },
  offline: { label: "Offline", hint: "Not connected. Reconnecting; your changes are kept and sent when the connection is back." },
};

export function ConnectionIndicator({ status }: { status: ConnectionStatus }) {
  const { label, hint } = TEXT[status];
  return (
    <div className={`connection connection--${status}`} data-testid="connection-status" data-status={status} role="status" title={hint}>
      <span className="connection__dot" aria-hidden="true" />
      {label}
    </div>
  );
}
