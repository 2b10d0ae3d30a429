import { useCallback, useState, type KeyboardEvent } from "react";
import { setRaci, type Board } from "@brownpaper/shared";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";
import { nextRaciCode } from "./raci-cycle";
import { RaciCell } from "./raci-cell";
import { raciKeyAction, type CellPosition } from "./raci-keyboard";
import type { RaciMatrixModel } from "./raci-matrix-model";
import { RaciProblemBadges } from "./raci-problem-badges";

const CHECKED = new Set(["task", "decision"]);

/** The roles × steps grid: arrows move, R/A/C/I/Delete set, click or Enter cycles. */
export function RaciMatrixGrid({ model }: { board: Board; model: RaciMatrixModel }) {
  const { doc, readOnly } = useBoardSession();
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 });
  const size = { rows: model.steps.length, cols: model.roles.length };

  const write = useCallback(
    (row: number, col: number, code: Parameters<typeof setRaci>[3] | "cycle") => {
      const step = model.steps[row];
      const role = model.roles[col];
      if (readOnly || !step || !role) return;
      const next = code === "cycle" ? nextRaciCode(model.code(step.id, role.id)) : code;
      runCommand(() => setRaci(doc, step.id, role.id, next));
    },
    [doc, model, readOnly],
  );
  const onActivate = useCallback((row: number, col: number) => setActive({ row, col }), []);
  const onCycle = useCallback(
    (row: number, col: number) => {
      setActive({ row, col });
      write(row, col, "cycle");
    },
    [write],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const action = raciKeyAction(event.key, active, size, {
      ctrl: event.ctrlKey,
      meta: event.metaKey,
      alt: event.altKey,
    });
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    if (action.type === "move") setActive(action.to);
    else write(active.row, active.col, action.type === "cycle" ? "cycle" : action.code);
  };

  return (
    <table className="raci-matrix" role="grid" aria-label="RACI matrix" data-raci-grid onKeyDown={onKeyDown}>
      <thead>
        <tr>
          <th className="raci-matrix__corner" rowSpan={2}>
            Step
          </th>
          {model.laneGroups.map((group) => (
            <th key={group.laneId} colSpan={group.span} className="raci-matrix__lane" scope="colgroup">
              {group.name}
            </th>
          ))}
          <th className="raci-matrix__problems-head" rowSpan={2}>
            Check
          </th>
        </tr>
        <tr>
          {model.roles.map((role) => (
            <th
              key={role.id}
              className="raci-matrix__role"
              scope="col"
              data-testid="raci-role"
              data-role-name={role.name}
            >
              {role.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.steps.map((step, row) => {
          const issues = model.issues.get(step.id) ?? [];
          const conflict = issues.some((issue) => issue.rule === "several-accountable");
          return (
            <tr
              key={step.id}
              data-testid="raci-row"
              data-step-label={step.label}
              className={issues.some((issue) => issue.severity === "error") ? "raci-matrix__row--error" : undefined}
            >
              <th scope="row" className="raci-matrix__step">
                <span className="raci-matrix__step-label">{step.label || "Untitled step"}</span>
                <span className="raci-matrix__step-lane">{model.laneName.get(step.laneId)}</span>
              </th>
              {model.roles.map((role, col) => (
                <RaciCell
                  key={role.id}
                  code={model.code(step.id, role.id)}
                  row={row}
                  col={col}
                  active={active.row === row && active.col === col}
                  conflict={conflict}
                  readOnly={readOnly}
                  label={`${role.name} on ${step.label || "untitled step"}`}
                  onActivate={onActivate}
                  onCycle={onCycle}
                />
              ))}
              <td className="raci-matrix__check">
                {CHECKED.has(step.kind) ? (
                  <RaciProblemBadges issues={issues} stepId={step.id} />
                ) : (
                  <span className="raci-na">–</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
