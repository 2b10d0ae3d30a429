import { useCallback } from "react";
import { useReactFlow } from "@xyflow/react";
import { useUiStore } from "../../state/store";

/** Selects a step and brings it to the middle of the canvas. */
export function useRevealStep() {
  const { getNode, setCenter, getZoom } = useReactFlow();
  return useCallback(
    (stepId: string) => {
      useUiStore.getState().selectOnlyStep(stepId);
      const node = getNode(stepId);
      if (!node) return;
      void setCenter(node.position.x + (node.width ?? 0) / 2, node.position.y + (node.height ?? 0) / 2, { zoom: Math.max(getZoom(), 0.8), duration: 300 });
    },
    [getNode, setCenter, getZoom],
  );
}
