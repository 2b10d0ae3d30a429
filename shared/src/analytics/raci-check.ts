import type { Board } from "../doc/read-board";
import type { StepKind } from "../schema/step";

/** The RACI rules (docs/domain.md, "Roles and RACI"): exactly one A (errors), at least one R (a warning). */
export type RaciRule = "no-accountable" | "several-accountable" | "no-responsible";

export interface RaciIssue {
  stepId: string;
  rule: RaciRule;
  severity: "error" | "warning";
  /** For `several-accountable`: the roles holding an A, in role order; else empty. */
  roleIds: string[];
}

/** What one role carries: the steps it is Responsible and Accountable for, in step order. */
export interface RoleLoad {
  roleId: string;
  responsible: string[];
  accountable: string[];
  responsibleCount: number;
  accountableCount: number;
}

export interface RaciCheck {
  /** In step order; per step: no-accountable or several-accountable, then no-responsible. */
  issues: RaciIssue[];
  errorCount: number;
  warningCount: number;
  /** Every role in board order, idle ones included (an idle role is a finding too). */
  load: RoleLoad[];
}

/** Only tasks and decisions need an owner; events and waits are not work someone does. */
const CHECKED_KINDS: readonly StepKind[] = ["task", "decision"];

/**
 * Checks every task and decision against the RACI rules and totals the R and A load per role.
 * The load counts assignments on any kind of step, since an R on a wait is still work.
 */
export function raciCheck(board: Pick<Board, "steps" | "roles" | "raci">): RaciCheck {
  const roleOrder = new Map(board.roles.map((role, index) => [role.id, index]));
  const stepOrder = new Map(board.steps.map((step, index) => [step.id, index]));
  const byStep = new Map<string, { accountable: string[]; responsible: number }>();
  const load = new Map<string, RoleLoad>(
    board.roles.map((role) => [
      role.id,
      { roleId: role.id, responsible: [], accountable: [], responsibleCount: 0, accountableCount: 0 },
    ]),
  );
  const assignments = [...board.raci].sort(
    (a, b) =>
      (stepOrder.get(a.stepId) ?? Infinity) - (stepOrder.get(b.stepId) ?? Infinity) ||
      (roleOrder.get(a.roleId) ?? Infinity) - (roleOrder.get(b.roleId) ?? Infinity),
  );
  for (const { stepId, roleId, code } of assignments) {
    const roleLoad = load.get(roleId);
    if (!roleLoad || !stepOrder.has(stepId)) continue;
    const step = byStep.get(stepId) ?? { accountable: [], responsible: 0 };
    byStep.set(stepId, step);
    if (code === "A") {
      step.accountable.push(roleId);
      roleLoad.accountable.push(stepId);
      roleLoad.accountableCount += 1;
    } else if (code === "R") {
      step.responsible += 1;
      roleLoad.responsible.push(stepId);
      roleLoad.responsibleCount += 1;
    }
  }

  const issues: RaciIssue[] = [];
  for (const step of board.steps) {
    if (!CHECKED_KINDS.includes(step.kind)) continue;
    const codes = byStep.get(step.id) ?? { accountable: [], responsible: 0 };
    if (codes.accountable.length === 0) {
      issues.push({ stepId: step.id, rule: "no-accountable", severity: "error", roleIds: [] });
    } else if (codes.accountable.length > 1) {
      issues.push({ stepId: step.id, rule: "several-accountable", severity: "error", roleIds: codes.accountable });
    }
    if (codes.responsible === 0) {
      issues.push({ stepId: step.id, rule: "no-responsible", severity: "warning", roleIds: [] });
    }
  }
  const errorCount = issues.filter((issue) => issue.severity === "error").length;
  return { issues, errorCount, warningCount: issues.length - errorCount, load: [...load.values()] };
}
