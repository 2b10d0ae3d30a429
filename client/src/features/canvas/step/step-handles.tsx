import { Handle, Position } from "@xyflow/react";

const SIDES = [
  { id: "top", position: Position.Top },
  { id: "right", position: Position.Right },
  { id: "bottom", position: Position.Bottom },
  { id: "left", position: Position.Left },
] as const;

/**
 * One handle per side. The canvas runs in loose connection mode, so any handle can start or
 * end a flow; the flow's direction is the drag's direction.
 */
export function StepHandles({ connectable }: { connectable: boolean }) {
  return (
    <>
      {SIDES.map((side) => (
        <Handle
          key={side.id}
          id={side.id}
          type="source"
          position={side.position}
          isConnectable={connectable}
          className={connectable ? "step-handle" : "step-handle step-handle--hidden"}
        />
      ))}
    </>
  );
}
