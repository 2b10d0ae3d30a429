import { useState } from "react";
import { deleteLane, moveLane } from "@brownpaper/shared";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { Icon, type IconName } from "../../../components/icon";
import { runCommand } from "../../../sync/run-command";
import { useBoardSession } from "../../../sync/board-session";
import { useUiStore } from "../../../state/store";
import { selectStartEditingLane } from "../../../state/selectors";
import type { LaneNodeData } from "../../../lib/canvas-types";

/** Order, rename and delete for one lane. Only rendered for people who can edit. */
export function LaneControls({ lane }: { lane: LaneNodeData }) {
  const { doc } = useBoardSession();
  const startEditing = useUiStore(selectStartEditingLane);
  const [confirming, setConfirming] = useState(false);
  const remove = () => runCommand(() => deleteLane(doc, lane.laneId));
  const stepsText = lane.stepCount === 1 ? "its 1 step" : `its ${lane.stepCount} steps`;

  return (
    <div className="lane-header__controls nodrag nopan">
      <IconButton
        label={`Move lane ${lane.name} up`}
        disabled={lane.index === 0}
        onClick={() => runCommand(() => moveLane(doc, lane.laneId, lane.index - 1))}
        icon="up"
      />
      <IconButton
        label={`Move lane ${lane.name} down`}
        disabled={lane.index === lane.laneCount - 1}
        onClick={() => runCommand(() => moveLane(doc, lane.laneId, lane.index + 1))}
        icon="down"
      />
      <IconButton label={`Rename lane ${lane.name}`} onClick={() => startEditing(lane.laneId)} icon="pencil" />
      <IconButton
        label={`Delete lane ${lane.name}`}
        onClick={() => (lane.stepCount > 0 ? setConfirming(true) : remove())}
        icon="trash"
      />
      {confirming && (
        <ConfirmDialog
          title="Delete lane?"
          message={`Delete lane ${lane.name} and ${stepsText}?`}
          confirmLabel="Delete lane"
          onConfirm={() => {
            setConfirming(false);
            remove();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}

interface IconButtonProps {
  label: string;
  disabled?: boolean;
  onClick: () => void;
  icon: IconName;
}

function IconButton({ label, disabled, onClick, icon }: IconButtonProps) {
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      <Icon name={icon} size={14} />
    </button>
  );
}
