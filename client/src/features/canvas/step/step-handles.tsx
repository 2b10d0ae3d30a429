import { Handle, Position, useNodeId, useStoreApi } from "@xyflow/react";

const SIDES = [
  { id: "top", position: Position.Top },
  { id: "right", position: Position.Right },
  { id: "bottom", position: Position.Bottom },
  { id: "left", position: Position.Left },
] as const;

/**
 * One handle per side. The canvas runs in loose connection mode, so any handle can start or
 * end a flow; the flow's direction is the drag's direction.
 *
 * React Flow anchors a flow on the handles it measured in the step's DOM, so every step keeps
 * four. Only a step that is pointed at or selected (`live`) gets React Flow's <Handle>s, which
 * can start a connection: each <Handle> subscribes to React Flow's store, and on a map of
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
