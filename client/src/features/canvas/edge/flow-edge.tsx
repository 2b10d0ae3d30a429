import { memo, useCallback } from "react";
import { BaseEdge, getSmoothStepPath, type EdgeProps } from "@xyflow/react";
import { useBoardSession } from "../../../sync/board-session";
import { useUiStore, type Store } from "../../../state/store";
import type { FlowEdge as FlowEdgeType } from "../../../lib/canvas-types";
import type { Side } from "@brownpaper/shared";
import { AgreementMarker } from "./agreement-marker";
import { badgePosition } from "./badge-position";
import { FlowLabelInput } from "./flow-label-input";
import { FlowLabelPortal } from "./flow-label-portal";
import "./flows.css";

/**
 * A flow between two steps. Handovers (flows that cross lanes) carry a badge naming the
 * provider and customer lanes; their dashed amber stroke comes from the edge's class.
 */
function FlowEdgeView({ id, data, markerEnd, selected, ...geometry }: EdgeProps<FlowEdgeType>) {
  const { readOnly } = useBoardSession();
  // Only this flow's own editing state: a shared selector would re-render every flow.
  const editing = useUiStore(useCallback((state: Store) => state.editingFlowId === id, [id])) && !readOnly;
  const [path, labelX, labelY] = getSmoothStepPath({ ...geometry, borderRadius: 14, offset: 28 });
  const label = data?.label ?? "";
  const handoverText = data?.handoverText ?? "";
  const hasLabel = editing || label !== "" || handoverText !== "";
  const at = badgePosition(
    { ...geometry, sourceSide: geometry.sourcePosition as Side, labelX, labelY },
    handoverText === "" ? null : (data?.borderY ?? null),
  );

  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} interactionWidth={18} />
      {hasLabel && (
        <FlowLabelPortal>
          <div
            className={`flow-label nodrag nopan${selected ? " flow-label--selected" : ""}`}
            style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)` }}
            onDoubleClick={readOnly ? undefined : () => useUiStore.getState().startEditingFlow(id)}
          >
            {handoverText !== "" && (
              <span
                className="handover-badge"
                data-testid="handover-badge"
                title="Handover: provider lane → customer lane"
              >
                {handoverText}
              </span>
            )}
            <AgreementMarker agreement={data?.agreement ?? null} score={data?.score ?? null} />
            {editing ? (
              <FlowLabelInput flowId={id} label={label} />
            ) : (
              label !== "" && <span className="flow-label__text">{label}</span>
            )}
          </div>
        </FlowLabelPortal>
      )}
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
