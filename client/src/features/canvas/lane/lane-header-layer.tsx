import { useMemo, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { useStore, type ReactFlowState } from "@xyflow/react";
import type { LaneNode } from "../../../lib/canvas-types";
import { LaneHeader } from "./lane-header";
import "./lanes.css";

const selectRenderer = (state: ReactFlowState) => state.domNode?.querySelector(".react-flow__renderer") ?? null;

/**
 * The header column follows the map up, down and in zoom, but never leaves the pane's left
 * edge: once the map is panned left past its start, the column stays pinned there.
 */
const selectColumnTransform = (state: ReactFlowState) => {
  const [x, y, zoom] = state.transform;
  return `translate(${Math.max(0, x)}px, ${y}px) scale(${zoom})`;
};

function HeaderColumn({ children }: { children: ReactNode }) {
  const transform = useStore(selectColumnTransform);
  return (
    <div className="lane-header-layer__column" style={{ transform }}>
      {children}
    </div>
  );
}

/**
 * Every lane's header, in one column drawn over the map. One element moves per pan frame,
 * where a header inside each lane band would make every band repaint; while the map moves
 * the column gets a compositor layer of its own (see .board-canvas--moving). It sits in
 * React Flow's renderer, like a node toolbar, so a wheel or drag over it still zooms and pans.
 */
export function LaneHeaderLayer({ lanes }: { lanes: readonly LaneNode[] }) {
  const renderer = useStore(selectRenderer);
  const headers = useMemo(
    () =>
      lanes.map((lane) => (
        <LaneHeader key={lane.id} lane={lane.data} top={lane.position.y} height={lane.height ?? 0} />
      )),
    [lanes],
  );
  if (!renderer) return null;
  return createPortal(
    <div className="lane-header-layer">
      <HeaderColumn>{headers}</HeaderColumn>
    </div>,
    renderer,
  );
}
