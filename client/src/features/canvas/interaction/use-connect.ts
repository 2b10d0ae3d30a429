import { useCallback } from "react";
import type { Connection, IsValidConnection, OnConnectEnd } from "@xyflow/react";
import { connect } from "@brownpaper/shared";
import { runCommand } from "../../../sync/run-command";
import { useBoardSession } from "../../../sync/board-session";
import type { FlowEdge } from "../../../lib/canvas-types";

/** The step under a pointer, found through the DOM React Flow renders (`data-id` on each node). */
function stepUnder(event: MouseEvent | TouchEvent): string | null {
  const point = "changedTouches" in event ? event.changedTouches[0] : event;
  if (!point) return null;
  const element = document.elementFromPoint(point.clientX, point.clientY);
  return element?.closest(".react-flow__node-step")?.getAttribute("data-id") ?? null;
}

/**
 * Dragging from a step's handle onto another step adds a flow from where the drag started.
 * React Flow only connects when released near a handle; releasing anywhere on the target
 * step's body counts too, because that is where people aim.
 */
export function useConnect() {
  const { doc } = useBoardSession();
  const onConnect = useCallback(
    (connection: Connection) => {
      runCommand(() => connect(doc, { from: connection.source, to: connection.target }));
    },
    [doc],
  );
  const onConnectEnd = useCallback<OnConnectEnd>(
    (event, state) => {
      if (state.isValid || !state.fromNode) return;
      const from = state.fromNode.id;
      const to = stepUnder(event);
      if (to === null || to === from) return;
      runCommand(() => connect(doc, { from, to }));
    },
    [doc],
  );
  return { onConnect, onConnectEnd, isValidConnection };
}

const isValidConnection: IsValidConnection<FlowEdge> = (connection) => connection.source !== connection.target;
