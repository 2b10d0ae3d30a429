import { createRoot } from "react-dom/client";
import { Background, Controls, MiniMap, ReactFlow, type Edge, type Node } from "@xyflow/react";
import "@xyflow/react/dist/style.css";

declare global {
  interface Window {
    /** Set by the bench before the page loads: the same map Brownpaper shows, as React Flow data. */
    __BENCH_GRAPH__?: { nodes: Node[]; edges: Edge[] };
  }
}

const graph = window.__BENCH_GRAPH__ ?? { nodes: [], edges: [] };

/** React Flow with its default node and edge components and the same chrome as Brownpaper's canvas. */
function Baseline() {
  return (
    <ReactFlow
      defaultNodes={graph.nodes}
      defaultEdges={graph.edges}
      fitView
      fitViewOptions={{ maxZoom: 1, padding: 0.06 }}
      minZoom={0.15}
      maxZoom={2}
    >
      <Background />
      <MiniMap />
      <Controls />
    </ReactFlow>
  );
}

createRoot(document.getElementById("root")!).render(<Baseline />);
