import { memo } from "react";
import { useBoardSession } from "../../../sync/board-session";
import { useUiStore } from "../../../state/store";
import { selectActiveLaneId } from "../../../state/selectors";
import type { LaneNodeData } from "../../../lib/canvas-types";
import { LaneControls } from "./lane-controls";
import { LaneKindBadge } from "./lane-kind-badge";
import { LaneName } from "./lane-name";

/** A lane's name, kind and controls, level with its band (`top`, `height` in flow units). */
function LaneHeaderView({ lane, top, height }: { lane: LaneNodeData; top: number; height: number }) {
  const { readOnly } = useBoardSession();
  const active = useUiStore(selectActiveLaneId) === lane.laneId;
  return (
    <div
      className={`lane-header lane-header--${lane.kind}${active ? " lane-header--active" : ""}`}
      data-testid="lane-header"
      data-lane-name={lane.name}
      data-lane-kind={lane.kind}
      // The band's bottom border stays visible below the header, as it is across the band.
      style={{ top, height: Math.max(0, height - 1) }}
      onClick={() => useUiStore.getState().selectLane(lane.laneId)}
    >
      <LaneKindBadge laneId={lane.laneId} laneName={lane.name} kind={lane.kind} />
      <LaneName laneId={lane.laneId} name={lane.name} />
      {!readOnly && <LaneControls lane={lane} />}
    </div>
  );
}

export const LaneHeader = memo(LaneHeaderView);
