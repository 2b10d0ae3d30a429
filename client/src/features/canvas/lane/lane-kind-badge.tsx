import { LANE_KINDS, setLaneKind, type LaneKind } from "@brownpaper/shared";
import { runCommand } from "../../../sync/run-command";
import { useBoardSession } from "../../../sync/board-session";
import { LANE_KIND_LABEL } from "./lane-kinds";

/** The lane's kind as a coloured badge; for editors the badge is the picker. */
export function LaneKindBadge({ laneId, laneName, kind }: { laneId: string; laneName: string; kind: LaneKind }) {
  const { doc, readOnly } = useBoardSession();
  if (readOnly) return <span className={`lane-badge lane-badge--${kind}`}>{LANE_KIND_LABEL[kind]}</span>;
  return (
    <select
      className={`lane-badge lane-badge--select lane-badge--${kind} nodrag nopan`}
      aria-label={`Kind of lane ${laneName}`}
      title="Kind of lane: core, support, customer or external"
      value={kind}
      onChange={(event) => runCommand(() => setLaneKind(doc, laneId, event.target.value as LaneKind))}
    >
      {LANE_KINDS.map((option) => (
        <option key={option} value={option}>
          {LANE_KIND_LABEL[option]}
        </option>
      ))}
    </select>
  );
}
