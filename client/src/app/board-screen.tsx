import { useCallback, useEffect, useRef } from "react";
import { addLane } from "@brownpaper/shared";
import { navigate } from "../../app/use-location";
import { ToastStack } from "../../components/toast-stack";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";
import { useBoard } from "../../sync/use-board";
import type { ConnectionStatus } from "../../sync/connection-status";
import { describeProblem } from "../../sync/connection-problem";
import type { ConnectionTrouble } from "../../sync/watch-connection";
import { useUiStore } from "../../state/store";
import { BoardCanvas } from "../canvas/board-canvas";
import { useAddStepToLane } from "../canvas/interaction/use-add-step";
import { useFitBoard } from "../canvas/interaction/use-fit-board";
import { BoardToolbar } from "../toolbar/board-toolbar";
import { InterchangeMenu } from "../interchange/interchange-menu";
import { NoteLayer } from "../workshop/notes/note-layer";
import { WorkshopPanel } from "../workshop/workshop-panel";
import { LiveBars } from "../facilitation/live-bars";
import { LiveCanvasLayer } from "../facilitation/live-canvas-layer";
import { LiveOverlays } from "../facilitation/live-overlays";
import { LiveStatus } from "../facilitation/live-status";
import { UndoButtons } from "../history/undo-buttons";
import { OutlinePanel } from "../outline/outline-panel";
import { PresenceNamePrompt } from "../presence/presence-name-prompt";
import { BoardTitle } from "./board-title";
import { ConnectionIndicator } from "./connection-indicator";
import { ConnectionProblemBanner, type ProblemActions } from "./connection-problem-banner";
import { ReadonlyBanner } from "./readonly-banner";
import { SharePopover } from "./share-popover";

/** An open board: top bar with tools, status and sharing; the map below. */
export function BoardScreen({
  status,
  loaded,
  trouble,
  actions,
}: {
  status: ConnectionStatus;
  loaded: boolean;
  trouble: ConnectionTrouble;
  actions: ProblemActions;
}) {
  const { doc, boardId, role, readOnly } = useBoardSession();
  const board = useBoard();
  const fitBoard = useFitBoard();
  const addStepToLane = useAddStepToLane();
  const fitView = useCallback(() => fitBoard(board), [fitBoard, board]);
  const onAddLane = useCallback(() => {
    const result = runCommand(() => addLane(doc, {}));
    if (!result.ok) return;
    useUiStore.getState().setActiveLane(result.value);
    useUiStore.getState().startEditingLane(result.value);
  }, [doc]);
  const onAddStep = useCallback(() => addStepToLane(board), [addStepToLane, board]);

  const fitted = useRef(false);
  useEffect(() => {
    if (!loaded || fitted.current || board.lanes.length === 0) return;
    fitted.current = true;
    fitBoard(board, 0);
  }, [loaded, board, fitBoard]);

  return (
    <div className="board-page">
      <header className="topbar">
        <button type="button" className="topbar__brand" onClick={() => navigate("/")} title="Brownpaper home">
          Brownpaper
        </button>
        <BoardTitle title={board.meta.title} />
        <BoardToolbar
          readOnly={readOnly}
          hasLanes={board.lanes.length > 0}
          onAddLane={onAddLane}
          onAddStep={onAddStep}
          onFitView={fitView}
        />
        <UndoButtons />
        <div className="topbar__end">
          <LiveStatus />
          <InterchangeMenu board={board} />
          <ConnectionIndicator status={status} trouble={trouble} />
          <SharePopover boardId={boardId} role={role} />
        </div>
      </header>
      {trouble.problem !== null && <ConnectionProblemBanner problem={trouble.problem} actions={actions} />}
      {role === "view" && <ReadonlyBanner />}
      <LiveBars board={board} />
      <main className="board-main">
        {loaded ? (
          <>
            <BoardCanvas board={board} onAddLane={onAddLane} onFitView={fitView}>
              <NoteLayer board={board} />
              <LiveCanvasLayer />
            </BoardCanvas>
            <WorkshopPanel board={board} />
            <OutlinePanel board={board} />
            <LiveOverlays board={board} />
            <PresenceNamePrompt />
          </>
        ) : (
          <div className="board-loading" role="status">
            {trouble.problem !== null
              ? describeProblem(trouble.problem).title
              : status === "offline"
                ? "Can't reach the Brownpaper server yet. Retrying…"
                : "Loading board…"}
          </div>
        )}
      </main>
      <ToastStack />
    </div>
  );
}
