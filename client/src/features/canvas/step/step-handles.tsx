import { Handle, useNodeId, useStoreApi } from "@xyflow/react";
import { HANDLE_SIDES as SIDES } from "./handle-geometry";

/**
 * One handle per side. The canvas runs in loose connection mode, so any handle can start or
 * end a flow; the flow's direction is the drag's direction.
 *
 * React Flow anchors flows on the handles each step node declares (handle-geometry.ts), and
 * on the DOM's if it ever measures a step again, so every step keeps four in its DOM too.
 * Only a step that is pointed at or selected (`live`) gets React Flow's <Handle>s, which can
 * start a connection: each <Handle> subscribes to React Flow's store, and on a map of
 * thousands of steps those subscriptions ran on every pan frame. The others get plain anchors
 * with the same classes and data attributes React Flow reads when it measures a node and when
 * it looks for the handle a connection ends on, so they measure alike and still take a drop.
 */
export function StepHandles({ connectable, live }: { connectable: boolean; live: boolean }) {
  const nodeId = useNodeId();
  const flowId = useStoreApi().getState().rfId;
  if (connectable && live) {
    return (
      <>
        {SIDES.map((side) => (
          <Handle key={side.id} id={side.id} type="source" position={side.position} className="step-handle" />
        ))}
      </>
    );
  }
  const reach = connectable ? " connectable connectablestart connectableend" : " step-handle--hidden";
  return (
    <>
      {SIDES.map((side) => (
        <div
          key={side.id}
          className={`react-flow__handle react-flow__handle-${side.position} nodrag nopan source step-handle${reach}`}
          data-handleid={side.id}
          data-nodeid={nodeId}
          data-handlepos={side.position}
          data-id={`${flowId}-${nodeId}-${side.id}-source`}
        />
      ))}
    </>
  );
}
