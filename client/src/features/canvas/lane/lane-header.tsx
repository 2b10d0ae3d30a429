import { useStore, type ReactFlowState } from "@xyflow/react";
import { useBoardSession } from "../../../sync/board-session";
import type { LaneNodeData } from "../canvas-types";
import { LaneControls } from "./lane-controls";
import { LaneKindBadge } from "./lane-kind-badge";
import { LaneName } from "./lane-name";

/** How far the header column slides right so lane names stay in view when the map is panned. */
const selectHeaderOffset = (state: ReactFlowState) => Math.max(0, Math.round(-state.transform[0] / state.transform[2]));

export function LaneHeader({ lane }: { lane: LaneNodeData }) {
  const { readOnly } = useBoardSession();
  const offset = useStore(selectHeaderOffset);
  return (
    <div
      className="lane-header"
      data-testid="lane-header"
      data-lane-name={lane.name}
      data-lane-kind={lane.kind}
      style={offset > 0 ? { transform: `translateX(${offset}px)` } : undefined}
    >
      <LaneKindBadge laneId={lane.laneId} laneName={lane.name} kind={lane.kind} />
      <LaneName laneId={lane.laneId} name={lane.name} />
      {!readOnly && <LaneControls lane={lane} />}
    </div>
  );
}
