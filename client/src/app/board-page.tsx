import { useMemo, useSyncExternalStore } from "react";
import { ReactFlowProvider } from "@xyflow/react";
import { canEdit, tokenRole, type AccessRole } from "@brownpaper/shared";
import { navigate } from "../lib/use-location";
import { tokenFromHash } from "../lib/board-links";
import { BoardSessionProvider, type BoardSession } from "../sync/board-session";
import { BoardScreen } from "./board-screen";
import { useAccess } from "../features/board/use-access";
import { useBoardConnection, useConnectionStatus } from "../features/board/use-board-connection";
import type { BoardConnection } from "../sync/board-connection";

/** `/b/:id#token=…`: checks the link, opens the board, shows it. */
export function BoardPage({ boardId, hash }: { boardId: string; hash: string }) {
  const token = tokenFromHash(hash);
  if (!token) {
    return (
      <Message title="This link is missing its access key">
        Board links end with <code>#token=…</code>. Ask the facilitator to send you the full link again.
      </Message>
    );
  }
  return <CheckedBoard boardId={boardId} token={token} />;
}

function CheckedBoard({ boardId, token }: { boardId: string; token: string }) {
  const access = useAccess(boardId, token);
  // The sockets open while the link is being checked, in the role the token names: the server
  // refuses a bad token at the upgrade anyway, and a good one then costs no extra round trip.
  const connection = useBoardConnection(boardId, token, access.state === "denied" ? null : tokenRole(token));
  if (access.state === "denied") {
    return (
      <Message title="This link does not open a board">
        It may be mistyped, or the board no longer exists. Ask the facilitator for a new link.
      </Message>
    );
  }
  if (access.state === "checking" || !connection)
    return <div className="board-loading board-loading--page">Opening board…</div>;
  return <OpenBoard connection={connection} boardId={boardId} role={access.role} />;
}

function OpenBoard({ connection, boardId, role }: { connection: BoardConnection; boardId: string; role: AccessRole }) {
  const status = useConnectionStatus(connection);
  const loaded = useSyncExternalStore(connection.subscribeStatus, connection.hasSynced);
  const trouble = useSyncExternalStore(connection.subscribeStatus, connection.getTrouble);
  const locked = useSyncExternalStore(
    connection.facilitation.subscribe,
    () => connection.facilitation.getSnapshot().locked,
  );
  // A board the server refuses to sync takes no edits: they would reach no one.
  const readOnly = !canEdit(role) || (locked && role !== "facilitator") || trouble.problem !== null;
  const session = useMemo<BoardSession>(
    () => ({
      boardId,
      doc: connection.doc,
      projection: connection.projection,
      role,
      readOnly,
      awareness: connection.provider.awareness,
      facilitation: connection.facilitation,
      undo: connection.undo,
      clock: connection.clock,
    }),
    [boardId, connection, role, readOnly],
  );
  return (
    <BoardSessionProvider session={session}>
      <ReactFlowProvider>
        <BoardScreen status={status} loaded={loaded} trouble={trouble} actions={connection} />
      </ReactFlowProvider>
    </BoardSessionProvider>
  );
}

function Message({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="message-page">
      <h1>{title}</h1>
      <p>{children}</p>
      <button type="button" className="button button--primary" onClick={() => navigate("/")}>
        Start a new board
      </button>
    </main>
  );
}
