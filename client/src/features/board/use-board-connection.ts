import { useEffect, useState, useSyncExternalStore } from "react";
import { openBoardConnection, type BoardConnection } from "../../sync/board-connection";
import type { AccessRole } from "@brownpaper/shared";
import type { ConnectionStatus } from "../../sync/connection-status";
import { installTestApi } from "../../sync/test-api";
import { resetUiStore } from "../../state/store";

/** Opens the board's doc and socket for as long as the page shows it (and `role` is known). */
export function useBoardConnection(boardId: string, token: string, role: AccessRole | null): BoardConnection | null {
  const [connection, setConnection] = useState<BoardConnection | null>(null);
  useEffect(() => {
    if (role === null) return;
    const opened = openBoardConnection(boardId, token, role);
    const removeTestApi = installTestApi(opened.doc);
    setConnection(opened);
    return () => {
      removeTestApi();
      opened.destroy();
      resetUiStore();
      setConnection(null);
    };
  }, [boardId, token, role]);
  return connection;
}

export function useConnectionStatus(connection: BoardConnection): ConnectionStatus {
  return useSyncExternalStore(connection.subscribeStatus, connection.getStatus);
}
