import { renameLane } from "@brownpaper/shared";
import { InlineTextInput } from "../../../components/inline-text-input";
import { runCommand } from "../../../sync/run-command";
import { useBoardSession } from "../../../sync/board-session";
import { useUiStore } from "../../../state/store";
import { selectEditingLaneId, selectStartEditingLane, selectStopEditing } from "../../../state/selectors";

/** The lane's name; double-click (or the rename button) edits it in place. */
export function LaneName({ laneId, name }: { laneId: string; name: string }) {
  const { doc, readOnly } = useBoardSession();
  const editing = useUiStore(selectEditingLaneId) === laneId;
  const startEditing = useUiStore(selectStartEditingLane);
  const stopEditing = useUiStore(selectStopEditing);

  if (!editing || readOnly) {
    return (
      <div
        className="lane-header__name"
        title={readOnly ? name : `${name} (double-click to rename)`}
        onDoubleClick={readOnly ? undefined : () => startEditing(laneId)}
      >
        {name}
      </div>
    );
  }
  return (
    <InlineTextInput
      initial={name}
      label="Lane name"
      testId="lane-name-input"
      className="lane-header__name-input"
      onCommit={(value) => {
        const unchanged = value.trim() === name;
        const saved = unchanged || runCommand(() => renameLane(doc, laneId, value)).ok;
        if (saved) stopEditing();
        return saved;
      }}
      onCancel={stopEditing}
    />
  );
}
