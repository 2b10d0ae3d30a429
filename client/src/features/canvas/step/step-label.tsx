import { relabelStep } from "@brownpaper/shared";
import { InlineTextInput } from "../../../components/inline-text-input";
import { runCommand } from "../../../sync/run-command";
import { useBoardSession } from "../../../sync/board-session";
import { useUiStore } from "../../../state/store";
import { selectEditingStepSeed, selectStopEditing } from "../../../state/selectors";

/** The step's label, or its in-place editor while editing. */
export function StepLabel({ stepId, label, editing }: { stepId: string; label: string; editing: boolean }) {
  if (!editing) {
    return <div className={label ? "step__label" : "step__label step__label--empty"}>{label || "Untitled step"}</div>;
  }
  return <StepLabelEditor stepId={stepId} label={label} />;
}

function StepLabelEditor({ stepId, label }: { stepId: string; label: string }) {
  const { doc } = useBoardSession();
  const seed = useUiStore(selectEditingStepSeed);
  const stopEditing = useUiStore(selectStopEditing);
  return (
    <InlineTextInput
      initial={seed ?? label}
      caretAtEnd={seed !== null}
      label="Step label"
      testId="step-label-input"
      className="step__label-input"
      placeholder="Verb + noun"
      onCommit={(value) => {
        const saved = value.trim() === label || runCommand(() => relabelStep(doc, stepId, value)).ok;
        if (saved) stopEditing();
        return saved;
      }}
      onCancel={stopEditing}
    />
  );
}
