import {
  flowOrder,
  raciCheck,
  type Board,
  type RaciCode,
  type RaciIssue,
  type Role,
  type Step,
} from "@brownpaper/shared";
import { issuesByStep } from "../../lib/raci-problems";

export interface RaciMatrixModel {
  /** Steps in flow order: the rows. */
  steps: Step[];
  /** Roles grouped by lane, lanes in board order: the columns. */
  roles: Role[];
  /** Column headings over the roles: one per lane that has roles. */
  laneGroups: { laneId: string; name: string; span: number }[];
  laneName: ReadonlyMap<string, string>;
  code: (stepId: string, roleId: string) => RaciCode | null;
  issues: ReadonlyMap<string, RaciIssue[]>;
}

/** The RACI matrix as rows and columns: steps in flow order × roles grouped by their lane. */
export function raciMatrixModel(board: Board): RaciMatrixModel {
  const stepById = new Map(board.steps.map((step) => [step.id, step]));
  const steps = flowOrder(board).flatMap((id) => stepById.get(id) ?? []);
  const laneName = new Map(board.lanes.map((lane) => [lane.id, lane.name]));
  const laneGroups: RaciMatrixModel["laneGroups"] = [];
  for (const lane of board.lanes) {
    const span = board.roles.filter((role) => role.laneId === lane.id).length;
    if (span > 0) laneGroups.push({ laneId: lane.id, name: lane.name, span });
  }
  const roles = laneGroups.flatMap((group) => board.roles.filter((role) => role.laneId === group.laneId));
  const codes = new Map(board.raci.map((entry) => [`${entry.stepId}\u0000${entry.roleId}`, entry.code]));
  return {
    steps,
    roles,
    laneGroups,
    laneName,
    code: (stepId, roleId) => codes.get(`${stepId}\u0000${roleId}`) ?? null,
    issues: issuesByStep(raciCheck(board).issues),
  };
}
