import { useCallback, useMemo, type ReactNode } from "react";
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  type EdgeMouseHandler,
  type EdgeTypes,
  type NodeTypes,
} from "@xyflow/react";
import type { Board } from "@brownpaper/shared";
import { useBoardSession } from "../../sync/board-session";
import { useUiStore } from "../../state/store";
import type { BoardNode, FlowEdge, LaneNode as LaneNodeType } from "../../lib/canvas-types";
import { FlowEdge as FlowEdgeView } from "./edge/flow-edge";
import { MAX_ZOOM, MIN_ZOOM } from "../../lib/canvas-zoom";
import { EmptyState } from "./empty-state";
import { useCanvasKeyboard } from "./interaction/use-canvas-keyboard";
import { useConnect } from "./interaction/use-connect";
import { useDragStop } from "./interaction/use-drag-stop";
import { useMovingClass } from "./interaction/use-moving-class";
import { ZoomDetail } from "./interaction/zoom-detail";
import { LaneHeaderLayer } from "./lane/lane-header-layer";
import { LaneNode } from "./lane/lane-node";
import { minimapColour } from "./minimap-colour";
import { useFlowEdges } from "./projection/use-flow-edges";
import { useFlowNodes } from "./projection/use-flow-nodes";
import { useLaneBands } from "./projection/use-lane-bands";
import { useProjectedGraph } from "./projection/use-projected-graph";
import { StepNode } from "./step/step-node";
import "./canvas.css";

const NODE_TYPES: NodeTypes = { lane: LaneNode, step: StepNode };
const EDGE_TYPES: EdgeTypes = { flow: FlowEdgeView };
const PRO_OPTIONS = { hideAttribution: false };

interface BoardCanvasProps {
  board: Board;
  onAddLane: () => void;
  onFitView: () => void;
  /** Layers drawn inside the flow (in flow coordinates), such as the notes' stickies. */
  children?: ReactNode;
}

/** The swimlane map: lanes as bands, steps in them, flows between them. Reads; commands write. */
export function BoardCanvas({ board, onAddLane, onFitView, children }: BoardCanvasProps) {
  const { readOnly } = useBoardSession();
  const bands = useLaneBands(board);
  const projected = useProjectedGraph(board, bands);
  const { nodes, onNodesChange } = useFlowNodes(projected.nodes);
  const { edges, onEdgesChange } = useFlowEdges(projected.edges);
  const onNodeDragStop = useDragStop(bands);
  const { onConnect, onConnectEnd, isValidConnection } = useConnect();
  useCanvasKeyboard(onFitView);
  const moving = useMovingClass<HTMLDivElement>();
  const lanes = useMemo(
    () => projected.nodes.filter((node): node is LaneNodeType => node.type === "lane"),
    [projected.nodes],
  );

  const onEdgeDoubleClick = useCallback<EdgeMouseHandler<FlowEdge>>(
    (_event, edge) => {
      if (!readOnly) useUiStore.getState().startEditingFlow(edge.id);
    },
    [readOnly],
  );
  const onPaneClick = useCallback(() => useUiStore.getState().clearSelection(), []);

  return (
    <div className="board-canvas" ref={moving.ref}>
      <ReactFlow<BoardNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onEdgeDoubleClick={onEdgeDoubleClick}
        onPaneClick={onPaneClick}
        onMoveStart={moving.onMoveStart}
        onMoveEnd={moving.onMoveEnd}
        connectionMode={ConnectionMode.Loose}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesReconnectable={false}
        deleteKeyCode={null}
        zoomOnDoubleClick={false}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        defaultViewport={{ x: 24, y: 24, zoom: 1 }}
        proOptions={PRO_OPTIONS}
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1.4} color="#d8c9ad" />
        <MiniMap
          pannable
          zoomable
          style={{ width: 180, height: 120 }}
          nodeColor={minimapColour}
          nodeStrokeWidth={0}
          maskColor="rgba(246, 239, 226, 0.7)"
          ariaLabel="Board overview"
        />
        <Controls showInteractive={false} onFitView={onFitView} fitViewOptions={{ padding: 0.06 }} />
        <LaneHeaderLayer lanes={lanes} />
        <ZoomDetail canvas={moving.ref} />
        {children}
      </ReactFlow>
      {board.lanes.length === 0 && <EmptyState onAddLane={onAddLane} />}
    </div>
  );
}
