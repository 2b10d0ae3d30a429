import { memo, useState } from "react";
import type { NodeProps } from "@xyflow/react";
import { Icon } from "../../../components/icon";
import { useBoardSession } from "../../../sync/board-session";
import { useUiStore } from "../../../state/store";
import { selectEditingStepId, selectHasSingleStepSelected, selectStartEditingStep } from "../../../state/selectors";
import type { StepNode as StepNodeType } from "../canvas-types";
import { StepHandles } from "./step-handles";
import { StepKindToolbar } from "./step-kind-toolbar";
import { StepFacts } from "./step-facts";
import { StepLabel } from "./step-label";

/** One step, drawn in its kind's shape: task, decision, start, end or wait. */
function StepNodeView({ data, selected, dragging }: NodeProps<StepNodeType>) {
  const { readOnly } = useBoardSession();
  const editing = useUiStore(selectEditingStepId) === data.stepId && !readOnly;
  const startEditing = useUiStore(selectStartEditingStep);
  const single = useUiStore(selectHasSingleStepSelected);
  const [pointedAt, setPointedAt] = useState(false);

  return (
    <div
      className={`step step--${data.kind}${selected ? " step--selected" : ""}`}
      data-testid="step-node"
      data-step-id={data.stepId}
      data-step-label={data.label}
      data-step-kind={data.kind}
      onPointerEnter={() => setPointedAt(true)}
      onPointerLeave={() => setPointedAt(false)}
      onDoubleClick={(event) => {
        event.stopPropagation();
        if (!readOnly) startEditing(data.stepId);
      }}
    >
      <div className="step__shape" aria-hidden="true" />
      {data.kind === "wait" && (
        <span className="step__wait-icon">
          <Icon name="hourglass" size={18} />
        </span>
      )}
      <StepLabel stepId={data.stepId} label={data.label} editing={editing} />
      <StepFacts measures={data.measures} responsible={data.responsible} accountable={data.accountable} />
      <StepHandles connectable={!readOnly} live={pointedAt || !!selected} />
      {/* Mounted only while shown: every mounted NodeToolbar re-renders on each pan frame. */}
      {!readOnly && selected && single && !dragging && !editing && <StepKindToolbar stepId={data.stepId} kind={data.kind} />}
    </div>
  );
}

export const StepNode = memo(StepNodeView);
