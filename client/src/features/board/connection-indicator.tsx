import type { ConnectionStatus } from "../../sync/connection-status";
import { useBrowserOnline } from "../../sync/use-browser-online";

type Shown = ConnectionStatus | "reconnecting";

const TEXT: Readonly<Record<Shown, { label: string; hint: string }>> = {
  connecting: { label: "Connecting…", hint: "Loading the latest version of the board." },
  synced: { label: "Live", hint: "Connected: changes are shared with everyone as you make them." },
  reconnecting: { label: "Reconnecting…", hint: "The server is out of reach. Your changes are kept in this browser and sent when the connection is back." },
  offline: { label: "Offline", hint: "No network. Your changes are kept in this browser and sent when you are back online." },
};

/** Live, connecting, reconnecting (the server is away) or offline (this browser has no network). */
export function ConnectionIndicator({ status }: { status: ConnectionStatus }) {
  const online = useBrowserOnline();
  const shown: Shown = status === "offline" && online ? "reconnecting" : status === "synced" || online ? status : "offline";
  const { label, hint } = TEXT[shown];
  return (
    <div className={`connection connection--${status}`} data-testid="connection-status" data-status={status} data-shown={shown} role="status" title={hint}>
      <span className="connection__dot" aria-hidden="true" />
      {label}
    </div>
  );
}
