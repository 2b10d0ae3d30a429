import { useRef } from "react";
import { useStoreApi } from "@xyflow/react";
import { MAX_LANE_HEIGHT, setLaneHeight } from "@brownpaper/shared";
import { runCommand } from "../../../sync/run-command";
import { useBoardSession } from "../../../sync/board-session";
import { useUiStore } from "../../../state/store";
import { selectSetLaneResize } from "../../../state/selectors";

interface LaneResizeHandleProps {
  laneId: string;
  laneName: string;
  height: number;
  minHeight: number;
}

/**
 * The band's bottom edge. Dragging it resizes the lane locally (lanes below follow); the new
 * height is written once, on release.
 */
export function LaneResizeHandle({ laneId, laneName, height, minHeight }: LaneResizeHandleProps) {
  const { doc } = useBoardSession();
  const flowStore = useStoreApi();
  const setLaneResize = useUiStore(selectSetLaneResize);
  const drag = useRef<{ startY: number; startHeight: number; zoom: number; height: number } | null>(null);

  return (
    <div
      className="lane-resize-handle nodrag nopan"
      role="separator"
      aria-orientation="horizontal"
      aria-label={`Resize lane ${laneName}`}
      onPointerDown={(event) => {
        event.stopPropagation();
        event.currentTarget.setPointerCapture(event.pointerId);
        const zoom = flowStore.getState().transform[2];
        drag.current = { startY: event.clientY, startHeight: height, zoom, height };
      }}
      onPointerMove={(event) => {
        const current = drag.current;
        if (!current) return;
        const wanted = current.startHeight + (event.clientY - current.startY) / current.zoom;
        current.height = Math.round(Math.min(MAX_LANE_HEIGHT, Math.max(minHeight, wanted)));
        setLaneResize({ laneId, height: current.height });
      }}
      onPointerUp={() => {
        const current = drag.current;
        drag.current = null;
        if (!current) return;
        if (current.height !== current.startHeight) runCommand(() => setLaneHeight(doc, laneId, current.height));
        setLaneResize(null);
      }}
      onPointerCancel={() => {
        drag.current = null;
        setLaneResize(null);
      }}
    />
  );
}
