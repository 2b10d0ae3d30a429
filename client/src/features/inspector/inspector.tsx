import type { Board } from "@brownpaper/shared";
import { useUiStore } from "../../state/store";
import {
  selectSelectedFlowIds,
  selectSelectedLaneId,
  selectSelectedNoteId,
  selectSelectedStepIds,
} from "../../state/selectors";
import { BoardInspector } from "./board-inspector";
import { FlowInspector } from "./flow-inspector";
import { LaneInspector } from "./lane-inspector";
import { NoteInspector } from "./note-inspector";
import { StepInspector } from "./step-inspector";
import "./inspector.css";

/** Shows what is selected: one step, one flow, a lane or a note; the board when nothing is. */
export function Inspector({ board }: { board: Board }) {
  const stepIds = useUiStore(selectSelectedStepIds);
  const flowIds = useUiStore(selectSelectedFlowIds);
  const laneId = useUiStore(selectSelectedLaneId);
  const noteId = useUiStore(selectSelectedNoteId);
  const count = stepIds.size + flowIds.size;

  if (count > 1) return <p className="panel-hint inspector">{count} items selected. Select one to see its details.</p>;
  const step = stepIds.size === 1 ? board.steps.find((candidate) => stepIds.has(candidate.id)) : undefined;
  if (step) return <StepInspector board={board} step={step} />;
  const flow = flowIds.size === 1 ? board.flows.find((candidate) => flowIds.has(candidate.id)) : undefined;
  if (flow) return <FlowInspector board={board} flow={flow} />;
  const note = noteId === null ? undefined : board.notes.find((candidate) => candidate.id === noteId);
  if (note) return <NoteInspector board={board} note={note} />;
  const lane = laneId === null ? undefined : board.lanes.find((candidate) => candidate.id === laneId);
  if (lane) return <LaneInspector board={board} lane={lane} />;
  return <BoardInspector board={board} />;
}
