import { memo, useCallback, useState } from "react";
import type { NodeProps } from "@xyflow/react";
import { Icon } from "../../../components/icon";
import { useBoardSession } from "../../../sync/board-session";
import { useUiStore, type Store } from "../../../state/store";
import type { StepNode as StepNodeType } from "../../../lib/canvas-types";
import { StepHandles } from "./step-handles";
import { StepKindToolbar } from "./step-kind-toolbar";
import { StepFacts } from "./step-facts";
import { StepLabel } from "./step-label";
import "./steps.css";

/**
 * One step, drawn in its kind's shape: task, decision, start, end or wait. It reads only
 * what concerns this step from the UI store, so starting to edit or select one step does
 * not re-render the thousands of others.
 */
function StepNodeView({ data, selected, dragging }: NodeProps<StepNodeType>) {
  const { readOnly } = useBoardSession();
  const editing =
    useUiStore(useCallback((state: Store) => state.editingStepId === data.stepId, [data.stepId])) && !readOnly;
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
        if (!readOnly) useUiStore.getState().startEditingStep(data.stepId);
      }}
    >
      {data.kind === "wait" && (
        <span className="step__wait-icon">
          <Icon name="hourglass" size={18} />
        </span>
      )}
      <StepLabel stepId={data.stepId} label={data.label} editing={editing} />
      <StepFacts measures={data.measures} responsible={data.responsible} accountable={data.accountable} />
      <StepHandles connectable={!readOnly} live={pointedAt || !!selected} />
      {/* Mounted only while shown: every mounted NodeToolbar re-renders on each pan frame. */}
      {!readOnly && selected && !dragging && !editing && <StepKindToolbar stepId={data.stepId} kind={data.kind} />}
    </div>
  );
}

export const StepNode = memo(StepNodeView);
