import { useLayoutEffect, useState } from "react";
import { useStoreApi } from "@xyflow/react";

interface Drawn {
  path: string;
  /** The middle of the line, where the name goes. */
  middle: { x: number; y: number };
}

/** The flow's line as React Flow drew it (in board coordinates, like everything in the viewport). */
function readDrawnFlow(root: Element | null, flowId: string): Drawn | null {
  const line = root?.querySelector<SVGPathElement>(`.react-flow__edge[data-id="${CSS.escape(flowId)}"] .react-flow__edge-path`);
  const path = line?.getAttribute("d");
  if (!line || !path) return null;
  const length = line.getTotalLength();
  const middle = line.getPointAtLength(length / 2);
  return { path, middle: { x: middle.x, y: middle.y } };
}

/**
 * Someone else's selected flow: its own line traced again, wide and in their colour, with their
 * name at its middle. The line is read from the drawn edge rather than routed again here, so the
 * trace always matches what is on screen; it is read again whenever the edge is redrawn (a step
 * dragged, the flow re-routed) or appears (steps measured, the flow created).
 */
export function RemoteFlowOutline({ flowId, name, colour }: { flowId: string; name: string; colour: string }) {
  const flowStore = useStoreApi();
  const [drawn, setDrawn] = useState<Drawn | null>(null);

  useLayoutEffect(() => {
    const root = flowStore.getState().domNode;
    const viewport = root?.querySelector(".react-flow__viewport");
    const read = () =>
      setDrawn((previous) => {
        const next = readDrawnFlow(root, flowId);
        return next?.path === previous?.path ? previous : next;
      });
    read();
    if (!viewport) return;
    const observer = new MutationObserver(read);
    observer.observe(viewport, { subtree: true, childList: true, attributes: true, attributeFilter: ["d"] });
    return () => observer.disconnect();
  }, [flowStore, flowId]);

  if (!drawn) return null;
  return (
    <div className="remote-selection remote-selection--flow" data-testid="remote-selection" data-kind="flow" data-target-id={flowId} data-name={name}>
      <svg className="remote-selection__trace" aria-hidden="true">
        <path d={drawn.path} stroke={colour} />
      </svg>
      <span className="remote-selection__name" style={{ background: colour, transform: `translate(${drawn.middle.x}px, ${drawn.middle.y}px) translate(-50%, -150%)` }}>
        {name}
      </span>
    </div>
  );
}
