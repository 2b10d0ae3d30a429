import { LANE_KINDS, renameLane, setLaneKind, type Board, type LaneRecord } from "@brownpaper/shared";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";
import { CommitTextField } from "../../components/fields/commit-text-field";
import { SelectField } from "../../components/fields/select-field";
import { LaneRoles } from "./lane-roles";
import { useSlots } from "../../components/feature-slots";

const KIND_OPTIONS = LANE_KINDS.map((kind) => ({ value: kind, label: kind.charAt(0).toUpperCase() + kind.slice(1) }));

/** A lane: its name and kind, the roles in it, the notes on it. */
export function LaneInspector({ board, lane }: { board: Board; lane: LaneRecord }) {
  const { NotesSection } = useSlots();
  const { doc, readOnly } = useBoardSession();
  const steps = board.steps.filter((step) => step.laneId === lane.id).length;
  return (
    <div className="inspector" data-testid="lane-inspector" data-lane-id={lane.id}>
      <p className="inspector__eyebrow">
        Lane · {steps} {steps === 1 ? "step" : "steps"}
      </p>
      <div className="inspector__row">
        <CommitTextField
          key={lane.id}
          label="Name"
          value={lane.name}
          readOnly={readOnly}
          onCommit={(name) => runCommand(() => renameLane(doc, lane.id, name)).ok}
        />
        <SelectField
          label="Kind"
          value={lane.kind}
          options={KIND_OPTIONS}
          readOnly={readOnly}
          onChange={(kind) => runCommand(() => setLaneKind(doc, lane.id, kind))}
        />
      </div>
      <LaneRoles board={board} laneId={lane.id} />
      <NotesSection board={board} target={{ type: "lane", id: lane.id }} />
    </div>
  );
}
