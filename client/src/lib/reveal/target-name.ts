import type { Board, NoteTarget } from "@brownpaper/shared";

/** What a note target is called in a list: a step's label, "Sales → Ops" for a handover, a lane's name. */
export function targetName(board: Pick<Board, "lanes" | "steps" | "flows">, target: NoteTarget): string {
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
  }
}
