import { useCallback, useMemo, useRef } from "react";
import type { EdgeChange } from "@xyflow/react";
import { useUiStore } from "../../../state/store";
import { selectSelectedFlowIds, selectSetFlowsSelected } from "../../../state/selectors";
import type { FlowEdge } from "../canvas-types";

/** Projected edges with the local selection drawn over them. */
export function useFlowEdges(projected: readonly FlowEdge[]) {
  const selected = useUiStore(selectSelectedFlowIds);
  const setFlowsSelected = useUiStore(selectSetFlowsSelected);
  const composed = useRef(new Map<string, { base: FlowEdge; selected: boolean; edge: FlowEdge }>());

  const edges = useMemo(() => {
    const previous = composed.current;
    const next = new Map<string, { base: FlowEdge; selected: boolean; edge: FlowEdge }>();
    const out = projected.map((base) => {
      const isSelected = selected.has(base.id);
      const cached = previous.get(base.id);
      const edge = cached && cached.base === base && cached.selected === isSelected ? cached.edge : { ...base, selected: isSelected };
      next.set(base.id, { base, selected: isSelected, edge });
      return edge;
    });
    composed.current = next;
    return out;
  }, [projected, selected]);

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const selections = changes.flatMap((change) => (change.type === "select" ? [{ id: change.id, selected: change.selected }] : []));
      if (selections.length > 0) setFlowsSelected(selections);
    },
    [setFlowsSelected],
  );

  return { edges, onEdgesChange };
}
