import { relabelStep, setStepKind, STEP_KINDS, type Board, type Step } from "@brownpaper/shared";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";
import { CommitTextField } from "../../components/fields/commit-text-field";
import { SelectField } from "../../components/fields/select-field";
import { StepMeasuresForm } from "./step-measures-form";
import { useSlots } from "../../components/feature-slots";

const KIND_LABELS = { start: "Start", end: "End", task: "Task", decision: "Decision", wait: "Wait" } as const;
const KIND_OPTIONS = STEP_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));

/** Everything about one step: what it is, how long it takes, who does it, what people say. */
export function StepInspector({ board, step }: { board: Board; step: Step }) {
  const { NotesSection, StepRaci } = useSlots();
  const { doc, readOnly } = useBoardSession();
  const lane = board.lanes.find((candidate) => candidate.id === step.laneId);
  return (
    <div className="inspector" data-testid="step-inspector" data-step-id={step.id}>
      <p className="inspector__eyebrow">Step · {lane?.name}</p>
      <div className="inspector__row">
        <CommitTextField
          key={step.id}
          label="Label"
          value={step.label}
          readOnly={readOnly}
          placeholder="Verb + noun"
          testId="step-label-field"
          onCommit={(label) => runCommand(() => relabelStep(doc, step.id, label)).ok}
        />
        <SelectField
          label="Kind"
          value={step.kind}
          options={KIND_OPTIONS}
          readOnly={readOnly}
          onChange={(kind) => runCommand(() => setStepKind(doc, step.id, kind))}
        />
      </div>
      <StepMeasuresForm step={step} />
      <StepRaci board={board} step={step} />
      <NotesSection board={board} target={{ type: "step", id: step.id }} />
    </div>
  );
}
