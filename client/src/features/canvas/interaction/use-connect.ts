import { useCallback } from "react";
import type { Connection, IsValidConnection } from "@xyflow/react";
import { connect } from "@brownpaper/shared";
import { runCommand } from "../../../sync/run-command";
import { useBoardSession } from "../../../sync/board-session";
import type { FlowEdge } from "../canvas-types";

/** Dropping a connection on another step adds a flow from where the drag started. */
export function useConnect() {
  const { doc } = useBoardSession();
  const onConnect = useCallback(
    (connection: Connection) => {
      runCommand(() => connect(doc, { from: connection.source, to: connection.target }));
    },
    [doc],
  );
  return { onConnect, isValidConnection };
}

const isValidConnection: IsValidConnection<FlowEdge> = (connection) => connection.source !== connection.target;
