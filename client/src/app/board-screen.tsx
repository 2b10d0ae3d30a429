import { useCallback, useEffect, useRef } from "react";
import { addLane } from "@brownpaper/shared";
import { navigate } from "../lib/use-location";
import { ToastStack } from "../components/toast-stack";
import { runCommand } from "../sync/run-command";
import { useBoardSession } from "../sync/board-session";
import { useBoard } from "../sync/use-board";
import type { ConnectionStatus } from "../sync/connection-status";
import { describeProblem } from "../sync/connection-problem";
import type { ConnectionTrouble } from "../sync/watch-connection";
import { useUiStore } from "../state/store";
import { BoardCanvas } from "../features/canvas/board-canvas";
import { useAddStepToLane } from "../features/canvas/interaction/use-add-step";
import { useFitBoard } from "../features/canvas/interaction/use-fit-board";
import { BoardToolbar } from "../features/toolbar/board-toolbar";
import { InterchangeMenu } from "../features/interchange/interchange-menu";
import { NoteLayer } from "../features/notes/note-layer";
import { WorkshopPanel } from "./workshop-panel";
import { FacilitationBar } from "../features/facilitation/facilitation-bar";
import { LockBanner } from "../features/facilitation/lock-banner";
import { SilentRoundCard } from "../features/facilitation/silent/silent-round-card";
import { TimeUpBanner } from "../features/facilitation/timer/time-up-banner";
import { TimerDisplay } from "../features/facilitation/timer/timer-display";
import { WalkCard } from "../features/facilitation/walk/walk-card";
import { WalkHighlight } from "../features/facilitation/walk/walk-highlight";
import { OutlineToggle } from "../features/outline/outline-toggle";
import { FollowBanner } from "../features/presence/follow-banner";
import { PresenceLayer } from "../features/presence/presence-layer";
import { WhoIsHere } from "../features/presence/who-is-here";
import { UndoButtons } from "../features/history/undo-buttons";
import { OutlinePanel } from "../features/outline/outline-panel";
import { PresenceNamePrompt } from "../features/presence/presence-name-prompt";
import { BoardTitle } from "../features/board/board-title";
import { ConnectionIndicator } from "../features/board/connection-indicator";
import { ConnectionProblemBanner, type ProblemActions } from "../features/board/connection-problem-banner";
import { ReadonlyBanner } from "../features/board/readonly-banner";
import { SharePopover } from "../features/board/share-popover";
import { FeatureSlotsProvider } from "../components/feature-slots";
import { FEATURE_SLOTS } from "./feature-slots";
import "./board-screen.css";

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
    <FeatureSlotsProvider value={FEATURE_SLOTS}>
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
            <TimerDisplay />
            <OutlineToggle />
            <WhoIsHere />
            <InterchangeMenu board={board} />
            <ConnectionIndicator status={status} trouble={trouble} />
            <SharePopover boardId={boardId} role={role} />
          </div>
        </header>
        {trouble.problem !== null && <ConnectionProblemBanner problem={trouble.problem} actions={actions} />}
        {role === "view" && <ReadonlyBanner />}
        <FacilitationBar board={board} />
        <TimeUpBanner />
        <LockBanner />
        <FollowBanner />
        <main className="board-main">
          {loaded ? (
            <>
              <BoardCanvas board={board} onAddLane={onAddLane} onFitView={fitView}>
                <NoteLayer board={board} />
                <WalkHighlight />
                <PresenceLayer />
              </BoardCanvas>
              <WorkshopPanel board={board} />
              <OutlinePanel board={board} />
              <div className="live-overlays">
                <WalkCard board={board} />
                <SilentRoundCard board={board} />
              </div>
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
    </FeatureSlotsProvider>
  );
}
