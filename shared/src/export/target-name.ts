import type { Board } from "../doc/read-board";
import type { NoteTarget } from "../schema/note";

/** What a note's target is called in a list or a table: a step's label, "From → To" for a flow, a lane's name. */
export function targetName(
  board: Pick<Board, "lanes" | "steps" | "flows"> & Partial<Pick<Board, "notes" | "agreements">>,
  target: NoteTarget,
): string {
  const stepLabel = (id: string) => board.steps.find((step) => step.id === id)?.label || "Untitled step";
  const laneName = (id: string) => board.lanes.find((lane) => lane.id === id)?.name ?? "a lane";
  switch (target.type) {
    case "step":
      return stepLabel(target.id);
    case "flow": {
      const flow = board.flows.find((candidate) => candidate.id === target.id);
      return flow ? `${stepLabel(flow.from)} → ${stepLabel(flow.to)}` : "a flow";
    }
    case "lane":
      return laneName(target.id);
    case "board":
      return "Whole board";
    case "note":
      return `Pain point: ${board.notes?.find((note) => note.id === target.id)?.text ?? "gone"}`;
    case "agreement": {
      const agreement = board.agreements?.find((candidate) => candidate.id === target.id);
      return agreement
        ? `Agreement ${laneName(agreement.providerLaneId)} → ${laneName(agreement.customerLaneId)}`
        : "an agreement";
    }
  }
}
