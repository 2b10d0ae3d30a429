import { explainClose } from "../../sync/close-reasons";
import { describeProblem } from "../../sync/connection-problem";
import type { ConnectionStatus } from "../../sync/connection-status";
import { useBrowserOnline } from "../../sync/use-browser-online";
import type { ConnectionTrouble } from "../../sync/watch-connection";
import "./board.css";

type Shown = ConnectionStatus | "reconnecting" | "stopped";

const TEXT: Readonly<Record<Shown, { label: string; hint: string }>> = {
  connecting: { label: "Connecting…", hint: "Loading the latest version of the board." },
  synced: { label: "Synced", hint: "Connected: changes are shared with everyone as you make them." },
  reconnecting: {
    label: "Reconnecting…",
    hint: "The server is out of reach. Your changes are kept in this browser and sent when the connection is back.",
  },
  offline: {
    label: "Offline",
    hint: "No network. Your changes are kept in this browser and sent when you are back online.",
  },
  stopped: { label: "Not connected", hint: "The server will not sync this board." },
};

/** The server's own reason, when it gave one: for a refusal, or for the reconnect under way. */
function explain(shown: Shown, { problem, lastCloseCode }: ConnectionTrouble): string | null {
  if (problem !== null) return describeProblem(problem).title;
  if (shown !== "reconnecting" || lastCloseCode === null) return null;
  const { title, detail } = explainClose(lastCloseCode);
  return `${title}. ${detail}`;
}

/**
 * Synced, connecting, reconnecting (the server is away, and why if it said), offline (this
 * browser has no network) or not connected (the server refused for good; the banner says why).
 */
export function ConnectionIndicator({ status, trouble }: { status: ConnectionStatus; trouble: ConnectionTrouble }) {
  const online = useBrowserOnline();
  const shown: Shown =
    trouble.problem !== null
      ? "stopped"
      : status === "offline" && online
        ? "reconnecting"
        : status === "synced" || online
          ? status
          : "offline";
  const { label, hint } = TEXT[shown];
  return (
    <div
      className={`connection connection--${shown === "stopped" ? "stopped" : status}`}
      data-testid="connection-status"
      data-status={status}
      data-shown={shown}
      data-close-code={trouble.lastCloseCode ?? undefined}
      role="status"
      title={explain(shown, trouble) ?? hint}
    >
      <span className="connection__dot" aria-hidden="true" />
      {label}
    </div>
  );
}
