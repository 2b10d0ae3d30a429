import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { useBoardSession } from "../../../sync/board-session";
import { useUiStore } from "../../../state/store";
import { selectActiveLaneId } from "../../../state/selectors";
import type { LaneNode as LaneNodeType } from "../../../lib/canvas-types";
import { useAddStepAtPoint } from "../interaction/use-add-step";
import { LaneResizeHandle } from "./lane-resize-handle";
import "./lanes.css";

/** A full-width band for one team, steps drawn on top; its header is drawn by LaneHeaderLayer. */
function LaneNodeView({ data, height, positionAbsoluteY }: NodeProps<LaneNodeType>) {
  const { readOnly } = useBoardSession();
  const active = useUiStore(selectActiveLaneId) === data.laneId;
  const addStepAt = useAddStepAtPoint();
  const bandHeight = height ?? 0;

  return (
    <div
      className={`lane lane--${data.kind}${active ? " lane--active" : ""}`}
      data-lane-id={data.laneId}
      onClick={() => {
        useUiStore.getState().selectLane(data.laneId);
      }}
      onDoubleClick={(event) => {
        if (readOnly) return;
        addStepAt(
          { laneId: data.laneId, top: positionAbsoluteY, height: bandHeight },
          { x: event.clientX, y: event.clientY },
        );
      }}
    >
      {!readOnly && (
        <LaneResizeHandle laneId={data.laneId} laneName={data.name} height={bandHeight} minHeight={data.minHeight} />
      )}
    </div>
  );
}

export const LaneNode = memo(LaneNodeView);
