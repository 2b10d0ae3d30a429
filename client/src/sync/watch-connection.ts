import type { WebsocketProvider } from "y-websocket";
import type { ConnectionProblem } from "./connection-problem";
import { CALM, nextWatch, shouldCheckAccess, type ConnectionWatch, type WatchEvent } from "./connection-watch";

/** What the board page shows about its sockets besides live / reconnecting / offline. */
export interface ConnectionTrouble {
  /** Why the board cannot sync, once retrying cannot help; the sockets are then closed. */
  problem: ConnectionProblem | null;
  /** The last close of the board's socket while it reconnects: the reason behind "Reconnecting…". */
  lastCloseCode: number | null;
}

export interface TroubleWatch {
  getTrouble: () => ConnectionTrouble;
  /** Forgets the problem and opens both sockets again. */
  retry: () => void;
  /** False while a problem stands: coming back online must not reopen a socket the server refuses. */
  mayReconnect: () => boolean;
  destroy: () => void;
}

/** The HTTP status of the board's access check for this link, or 0 when the server did not answer. */
export type AccessCheck = (boardId: string, token: string) => Promise<number>;

const checkAccessOverHttp: AccessCheck = async (boardId, token) => {
  try {
    const response = await fetch(`/api/boards/${encodeURIComponent(boardId)}/access`, {
      headers: { Authorization: `Bearer ${token}` },
      cache: "no-store",
    });
    return response.status;
  } catch {
    return 0;
  }
};

/** Between two access checks while the handshake keeps failing: the server may simply be down. */
const ACCESS_CHECK_INTERVAL_MS = 10_000;

/** One provider's closes and syncs, fed into its own watch (the facilitation socket's syncs say nothing of the board's). */
function watchSocket(provider: WebsocketProvider, onChange: () => void) {
  let state: ConnectionWatch = CALM;
  let openedAt: number | null = null;
  const apply = (event: WatchEvent) => {
    state = nextWatch(state, event);
  };
  const onStatus = ({ status }: { status: string }) => {
    if (status === "connected") openedAt = performance.now();
  };
  const onClose = (event: CloseEvent | null) => {
    const openMs = openedAt === null ? null : performance.now() - openedAt;
    openedAt = null;
    // null: closed on this side (disconnect, y-websocket's silence watchdog), not the server's word.
    if (event === null) return;
    apply({ type: "closed", code: event.code, reason: event.reason, openMs });
    onChange();
  };
  const onSync = (synced: boolean) => {
    if (!synced) return;
    apply({ type: "synced" });
    onChange();
  };
  provider.on("status", onStatus);
  provider.on("connection-close", onClose);
  provider.on("sync", onSync);
  return {
    get: () => state,
    apply,
    destroy() {
      provider.off("status", onStatus);
      provider.off("connection-close", onClose);
      provider.off("sync", onSync);
    },
  };
}

/**
 * Watches a board's two sockets for closes retrying cannot fix: a permanent close code, the same
 * refusal again and again, or a handshake the server refuses because the link or the board is no
 * longer valid (a browser sees only "closed" then, so the link is checked over HTTP). On such a
 * problem both sockets are closed and `onChange` lets the page say what happened.
 */
export function watchConnection(
  boardId: string,
  token: string,
  board: WebsocketProvider,
  facilitation: WebsocketProvider,
  onChange: () => void,
  checkAccess: AccessCheck = checkAccessOverHttp,
): TroubleWatch {
  let trouble: ConnectionTrouble = { problem: null, lastCloseCode: null };
  let lastAccessCheck = -Infinity;
  let checking = false;
  let destroyed = false;

  const publish = () => {
    const problem = boardSocket.get().problem ?? facilitationSocket.get().problem;
    const lastCloseCode = boardSocket.get().lastCloseCode;
    if (problem === trouble.problem && lastCloseCode === trouble.lastCloseCode) return;
    const stopped = problem !== null && trouble.problem === null;
    trouble = { problem, lastCloseCode };
    if (stopped) {
      board.disconnect();
      facilitation.disconnect();
    }
    onChange();
  };

  const maybeCheckAccess = () => {
    const due = shouldCheckAccess(boardSocket.get()) || shouldCheckAccess(facilitationSocket.get());
    if (!due || checking || performance.now() - lastAccessCheck < ACCESS_CHECK_INTERVAL_MS) return;
    checking = true;
    lastAccessCheck = performance.now();
    void checkAccess(boardId, token).then((status) => {
      checking = false;
      if (destroyed) return;
      boardSocket.apply({ type: "access", status });
      facilitationSocket.apply({ type: "access", status });
      publish();
    });
  };

  const onSocketChange = () => {
    publish();
    maybeCheckAccess();
  };
  const boardSocket = watchSocket(board, onSocketChange);
  const facilitationSocket = watchSocket(facilitation, onSocketChange);

  return {
    getTrouble: () => trouble,
    retry() {
      boardSocket.apply({ type: "retry" });
      facilitationSocket.apply({ type: "retry" });
      lastAccessCheck = -Infinity;
      publish();
      board.connect();
      facilitation.connect();
    },
    mayReconnect: () => trouble.problem === null,
    destroy() {
      destroyed = true;
      boardSocket.destroy();
      facilitationSocket.destroy();
    },
  };
}
