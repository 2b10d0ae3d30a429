import { useCallback, useMemo, useState } from "react";
import type { EdgeChange } from "@xyflow/react";
import { EntityCache } from "../../../lib/entity-cache";
import { useUiStore } from "../../../state/store";
import { selectSelectedFlowIds, selectSetFlowsSelected } from "../../../state/selectors";
import type { FlowEdge } from "../../../lib/canvas-types";

type Overlay = { base: FlowEdge; selected: boolean };

const compose = ({ base, selected }: Overlay): FlowEdge => ({ ...base, selected });

/** Projected edges with the local selection drawn over them. */
export function useFlowEdges(projected: readonly FlowEdge[]) {
  const selected = useUiStore(selectSelectedFlowIds);
  const setFlowsSelected = useUiStore(selectSetFlowsSelected);
  const [cache] = useState(() => new EntityCache<Overlay, FlowEdge>());

  const edges = useMemo(() => {
    const composed = projected.map((base) => cache.get(base.id, { base, selected: selected.has(base.id) }, compose));
    cache.sweep();
    return composed;
  }, [projected, selected, cache]);

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const selections = changes.flatMap((change) =>
        change.type === "select" ? [{ id: change.id, selected: change.selected }] : [],
      );
      if (selections.length > 0) setFlowsSelected(selections);
    },
    [setFlowsSelected],
  );

  return { edges, onEdgesChange };
}
