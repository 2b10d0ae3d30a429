import { useLayoutEffect, useState } from "react";
import { useStoreApi } from "@xyflow/react";

interface Drawn {
  path: string;
  /** The middle of the line, where the name goes. */
  middle: { x: number; y: number };
}

/** The flow's drawn line, if React Flow has drawn it. */
function findLine(root: Element | null, flowId: string): SVGPathElement | null {
  return (
    root?.querySelector<SVGPathElement>(`.react-flow__edge[data-id="${CSS.escape(flowId)}"] .react-flow__edge-path`) ??
    null
  );
}

/** The line's path and middle, in board coordinates like everything in the viewport. */
function readDrawn(line: SVGPathElement | null): Drawn | null {
  const path = line?.getAttribute("d");
  if (!line || !path) return null;
  const middle = line.getPointAtLength(line.getTotalLength() / 2);
  return { path, middle: { x: middle.x, y: middle.y } };
}

/**
 * Someone else's selected flow: its own line traced again, wide and in their colour, with their
 * name at its middle. The line is read from the drawn edge rather than routed again here, so the
 * trace always matches what is on screen. It is read again when that line is redrawn (a step
 * dragged, the flow re-routed) or when edges come and go (steps measured, the flow created):
 * each outline watches its own line and the list of edges, not the whole map, since a select-all
 * can put hundreds of these on screen while someone drags.
 */
export function RemoteFlowOutline({ flowId, name, colour }: { flowId: string; name: string; colour: string }) {
  const flowStore = useStoreApi();
  const [drawn, setDrawn] = useState<Drawn | null>(null);

  useLayoutEffect(() => {
    const root = flowStore.getState().domNode;
    let watched: SVGPathElement | null = null;
    const lineObserver = new MutationObserver(() => update(watched));
    const update = (line: SVGPathElement | null) =>
      setDrawn((previous) => {
        const next = readDrawn(line);
        return next?.path === previous?.path ? previous : next;
      });
    const find = () => {
      const line = findLine(root, flowId);
      if (line !== watched) {
        lineObserver.disconnect();
        watched = line;
        if (line) lineObserver.observe(line, { attributes: true, attributeFilter: ["d"] });
      }
      update(line);
    };
    find();
    const edges = root?.querySelector(".react-flow__edges");
    const listObserver = new MutationObserver(find);
    if (edges) listObserver.observe(edges, { childList: true });
    return () => {
      lineObserver.disconnect();
      listObserver.disconnect();
    };
  }, [flowStore, flowId]);

  if (!drawn) return null;
  return (
    <div
      className="remote-selection remote-selection--flow"
      data-testid="remote-selection"
      data-kind="flow"
      data-target-id={flowId}
      data-name={name}
    >
      <svg className="remote-selection__trace" aria-hidden="true">
        <path d={drawn.path} stroke={colour} />
      </svg>
      <span
        className="remote-selection__name"
        style={{
          background: colour,
          transform: `translate(${drawn.middle.x}px, ${drawn.middle.y}px) translate(-50%, -150%)`,
        }}
      >
        {name}
      </span>
    </div>
  );
}
