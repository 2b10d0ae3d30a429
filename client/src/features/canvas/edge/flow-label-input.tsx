import { setFlowLabel } from "@brownpaper/shared";
import { InlineTextInput } from "../../../components/inline-text-input";
import { runCommand } from "../../../sync/run-command";
import { useBoardSession } from "../../../sync/board-session";
import { useUiStore } from "../../../state/store";
import { selectStopEditing } from "../../../state/selectors";

export function FlowLabelInput({ flowId, label }: { flowId: string; label: string }) {
  const { doc } = useBoardSession();
  const stopEditing = useUiStore(selectStopEditing);
  return (
    <InlineTextInput
      initial={label}
      label="Flow label"
      testId="flow-label-input"
      className="flow-label__input"
      placeholder="e.g. approved"
      onCommit={(value) => {
        const saved = value.trim() === label || runCommand(() => setFlowLabel(doc, flowId, value)).ok;
        if (saved) stopEditing();
        return saved;
      }}
      onCancel={stopEditing}
    />
  );
}
