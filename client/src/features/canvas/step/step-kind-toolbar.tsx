import { NodeToolbar, Position } from "@xyflow/react";
import { setStepKind, STEP_KINDS, type StepKind } from "@brownpaper/shared";
import { Icon } from "../../../components/icon";
import { runCommand } from "../../../sync/run-command";
import { useBoardSession } from "../../../sync/board-session";
import { useUiStore } from "../../../state/store";
import { selectHasSingleStepSelected } from "../../../state/selectors";
import { STEP_KIND_INFO } from "./step-kinds";

/** A small bar above the selected step for changing what kind of step it is; hidden while several things are selected. */
export function StepKindToolbar({ stepId, kind }: { stepId: string; kind: StepKind }) {
  const { doc } = useBoardSession();
  const single = useUiStore(selectHasSingleStepSelected);
  if (!single) return null;
  return (
    <NodeToolbar isVisible position={Position.Top} offset={10} className="step-kind-toolbar">
      <div role="radiogroup" aria-label="Step kind" className="step-kind-toolbar__group">
        {STEP_KINDS.map((option) => (
          <button
            key={option}
            type="button"
            role="radio"
            aria-checked={option === kind}
            title={STEP_KIND_INFO[option].label}
            className={option === kind ? "kind-option kind-option--current" : "kind-option"}
            onClick={() => runCommand(() => setStepKind(doc, stepId, option))}
          >
            <Icon name={STEP_KIND_INFO[option].icon} size={14} />
            {STEP_KIND_INFO[option].label}
          </button>
        ))}
      </div>
    </NodeToolbar>
  );
}
