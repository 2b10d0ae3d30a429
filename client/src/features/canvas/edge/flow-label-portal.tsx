import type { ReactNode } from "react";
import { createPortal } from "react-dom";
import { EdgeLabelRenderer, useStoreApi } from "@xyflow/react";

const labelLayers = new WeakMap<Element, Element>();

function labelLayer(flowRoot: Element | null): Element | null {
  if (!flowRoot) return null;
  const known = labelLayers.get(flowRoot);
  if (known?.isConnected) return known;
  const found = flowRoot.querySelector(".react-flow__edgelabel-renderer");
  if (found) labelLayers.set(flowRoot, found);
  return found;
}

/**
 * Draws a flow's label in React Flow's edge-label layer, like <EdgeLabelRenderer>, but finds
 * the layer once per canvas: <EdgeLabelRenderer> looks it up with a querySelector on every
 * store update, so hundreds of handover badges searched the DOM hundreds of times per pan
 * frame. Edges render only once their steps are measured, so the layer is there by then;
 * until it is, React Flow's own renderer stands in.
 */
export function FlowLabelPortal({ children }: { children: ReactNode }) {
  const layer = labelLayer(useStoreApi().getState().domNode);
  return layer ? createPortal(children, layer) : <EdgeLabelRenderer>{children}</EdgeLabelRenderer>;
}
