import {
  deriveHandovers,
  formatDuration,
  formatPercent,
  serviceScore,
  type Board,
  type Note,
  type ServiceAgreement,
  type Step,
} from "@brownpaper/shared";

export interface WalkHandover {
  flowId: string;
  /** The step on the other side of the handover, and its lane. */
  otherStep: string;
  otherLane: string;
  artifact: string;
  channel: string;
  agreements: Array<{ id: string; status: ServiceAgreement["status"]; expectation: string; score: number | null }>;
}

export interface WalkStepFacts {
  step: Step;
  laneName: string;
  raci: Array<{ role: string; code: string }>;
  /** "process 45m", "lead 2d", "95% complete & accurate": only what was measured, in the canvas's units (8-hour days). */
  measures: string[];
  notes: Note[];
  incoming: WalkHandover[];
  outgoing: WalkHandover[];
}

/** Everything the walk card says about one step, read from the board snapshot. */
export function walkStepFacts(board: Board, stepId: string): WalkStepFacts | null {
  const step = board.steps.find((candidate) => candidate.id === stepId);
  if (!step) return null;
  const laneName = new Map(board.lanes.map((lane) => [lane.id, lane.name]));
  const stepById = new Map(board.steps.map((candidate) => [candidate.id, candidate]));
  const roleName = new Map(board.roles.map((role) => [role.id, role.name]));

  const handover = (
    flowId: string,
    otherId: string,
    details: { artifact: string; channel?: string } | undefined,
  ): WalkHandover => {
    const other = stepById.get(otherId);
    return {
      flowId,
      otherStep: other?.label ?? "",
      otherLane: other ? (laneName.get(other.laneId) ?? "") : "",
      artifact: details?.artifact ?? "",
      channel: details?.channel ?? "",
      agreements: board.agreements
        .filter((agreement) => agreement.flowIds.includes(flowId))
        .map((agreement) => ({
          id: agreement.id,
          status: agreement.status,
          expectation: agreement.expectation,
          score: serviceScore(agreement).combined,
        })),
    };
  };
  const handovers = deriveHandovers(board);
  return {
    step,
    laneName: laneName.get(step.laneId) ?? "",
    raci: board.raci
      .filter((assignment) => assignment.stepId === stepId)
      .map((assignment) => ({ role: roleName.get(assignment.roleId) ?? "?", code: assignment.code }))
      .sort((a, b) => "RACI".indexOf(a.code) - "RACI".indexOf(b.code)),
    measures: [
      step.processTime !== undefined && `process ${formatDuration(step.processTime)}`,
      step.leadTime !== undefined && `lead ${formatDuration(step.leadTime)}`,
      step.pctCompleteAccurate !== undefined && `${formatPercent(step.pctCompleteAccurate)} complete & accurate`,
    ].filter((measure): measure is string => measure !== false),
    notes: board.notes.filter((note) => note.target.type === "step" && note.target.id === stepId),
    incoming: handovers
      .filter((h) => h.flow.to === stepId)
      .map((h) => handover(h.flow.id, h.flow.from, h.flow.handover)),
    outgoing: handovers
      .filter((h) => h.flow.from === stepId)
      .map((h) => handover(h.flow.id, h.flow.to, h.flow.handover)),
  };
}
