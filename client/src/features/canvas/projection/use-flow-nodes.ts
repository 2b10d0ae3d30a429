import { useCallback, useMemo, useState } from "react";
import type { Dimensions, NodeChange } from "@xyflow/react";
import { EntityCache } from "../../../lib/entity-cache";
import { useUiStore } from "../../../state/store";
import {
  selectDragPositions,
  selectSelectedStepIds,
  selectSetDragPositions,
  selectSetStepsSelected,
} from "../../../state/selectors";
import type { CanvasPoint } from "../../../state/transient-slice";
import type { BoardNode } from "../../../lib/canvas-types";

type Overlay = { base: BoardNode; selected: boolean; measured: Dimensions | undefined; drag: CanvasPoint | undefined };

function compose({ base, selected, measured, drag }: Overlay): BoardNode {
  return {
    ...base,
    selected,
    ...(measured ? { measured } : {}),
    ...(drag ? { position: drag, dragging: true } : {}),
  } as BoardNode;
}

/**
 * The nodes React Flow renders: projected nodes with local state drawn over them (selection,
 * measured size, the position while being dragged). React Flow's changes update only that
 * local state; the doc changes only through commands.
 */
export function useFlowNodes(projected: readonly BoardNode[]) {
  const selected = useUiStore(selectSelectedStepIds);
  const dragPositions = useUiStore(selectDragPositions);
  const setStepsSelected = useUiStore(selectSetStepsSelected);
  const setDragPositions = useUiStore(selectSetDragPositions);
  const [measured, setMeasured] = useState<ReadonlyMap<string, Dimensions>>(new Map());
  const [cache] = useState(() => new EntityCache<Overlay, BoardNode>());

  const nodes = useMemo(() => {
    const composed = projected.map((base) =>
      cache.get(
        base.id,
        { base, selected: selected.has(base.id), measured: measured.get(base.id), drag: dragPositions.get(base.id) },
        compose,
      ),
    );
    cache.sweep();
    return composed;
  }, [projected, selected, measured, dragPositions, cache]);

  const onNodesChange = useCallback(
    (changes: NodeChange<BoardNode>[]) => {
      const sizes: Array<[string, Dimensions]> = [];
      const moves: Array<{ id: string; position: CanvasPoint }> = [];
      const selections: Array<{ id: string; selected: boolean }> = [];
      for (const change of changes) {
        if (change.type === "dimensions" && change.dimensions) sizes.push([change.id, change.dimensions]);
        else if (change.type === "position" && change.position && change.dragging)
          moves.push({ id: change.id, position: change.position });
        else if (change.type === "select") selections.push({ id: change.id, selected: change.selected });
      }
      if (sizes.length > 0) setMeasured((current) => new Map([...current, ...sizes]));
      if (moves.length > 0) setDragPositions(moves);
      if (selections.length > 0) setStepsSelected(selections);
    },
    [setDragPositions, setStepsSelected],
  );

  return { nodes, onNodesChange };
}
