import type { Board, NoteTarget } from "@brownpaper/shared";

/** What a note target is called in a list: a step's label, "Sales → Ops" for a handover, a lane's name. */
export function targetName(
  board: Pick<Board, "lanes" | "steps" | "flows"> & Partial<Pick<Board, "notes" | "agreements">>,
  target: NoteTarget,
): string {
  const stepLabel = (id: string) => board.steps.find((step) => step.id === id)?.label || "Untitled step";
  switch (target.type) {
    case "step":
      return stepLabel(target.id);
    case "flow": {
      const flow = board.flows.find((candidate) => candidate.id === target.id);
      return flow ? `${stepLabel(flow.from)} → ${stepLabel(flow.to)}` : "a flow";
    }
    case "lane":
      return board.lanes.find((lane) => lane.id === target.id)?.name ?? "a lane";
    case "board":
      return "Whole board";
    case "note": {
      const note = board.notes?.find((candidate) => candidate.id === target.id);
      const text = note?.text.trim() ?? "";
      return note ? `Pain point “${text.length > 40 ? `${text.slice(0, 40)}…` : text || "untitled"}”` : "a note";
    }
    case "agreement": {
      const agreement = board.agreements?.find((candidate) => candidate.id === target.id);
      const lane = (id: string) => board.lanes.find((candidate) => candidate.id === id)?.name ?? "a lane";
      return agreement
        ? `Agreement ${lane(agreement.providerLaneId)} → ${lane(agreement.customerLaneId)}`
        : "an agreement";
    }
  }
}
