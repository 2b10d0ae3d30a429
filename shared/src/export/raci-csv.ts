import type { Board } from "../doc/read-board";
import { flowOrder } from "../flow-order";
import { raciCheck } from "../analytics/raci-check";
import { toCsv } from "./csv";

const PROBLEM_TEXT = {
  "no-accountable": "no A",
  "several-accountable": "more than one A",
  "no-responsible": "no R",
} as const;

/** The RACI matrix as CSV: one row per step in flow order, one column per role, then problems. */
export function raciCsv(board: Board): string {
  const laneName = new Map(board.lanes.map((lane) => [lane.id, lane.name]));
  const stepById = new Map(board.steps.map((step) => [step.id, step]));
  const codes = new Map(board.raci.map((entry) => [`${entry.stepId}\u0000${entry.roleId}`, entry.code]));
  const problems = new Map<string, string[]>();
  for (const issue of raciCheck(board).issues) {
    problems.set(issue.stepId, [...(problems.get(issue.stepId) ?? []), PROBLEM_TEXT[issue.rule]]);
  }
  const header = [
    "Lane",
    "Step",
    "Kind",
    ...board.roles.map((role) => `${role.name} (${laneName.get(role.laneId)})`),
    "Problems",
  ];
  const rows = flowOrder(board).map((stepId) => {
    const step = stepById.get(stepId)!;
    return [
      laneName.get(step.laneId),
      step.label,
      step.kind,
      ...board.roles.map((role) => codes.get(`${step.id}\u0000${role.id}`) ?? ""),
      (problems.get(step.id) ?? []).join("; "),
    ];
  });
  return toCsv([header, ...rows]);
}
