import { useMemo } from "react";
import { RACI_CODES, raciCheck, setRaci, type Board, type RaciCode, type Step } from "@brownpaper/shared";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";
import { useUiStore } from "../../state/store";
import { Section } from "../../components/fields/section";
import { RaciProblemBadges } from "./raci-problem-badges";
import "./raci.css";

const CODE_NAMES: Readonly<Record<RaciCode, string>> = {
  R: "Responsible",
  A: "Accountable",
  C: "Consulted",
  I: "Informed",
};

/** Who is R, A, C or I on this step: one row per role, one code per role. */
export function StepRaci({ board, step }: { board: Board; step: Step }) {
  const { doc, readOnly } = useBoardSession();
  const codes = new Map(
    board.raci.filter((entry) => entry.stepId === step.id).map((entry) => [entry.roleId, entry.code]),
  );
  const issues = useMemo(() => raciCheck(board).issues.filter((issue) => issue.stepId === step.id), [board, step.id]);
  const laneName = new Map(board.lanes.map((lane) => [lane.id, lane.name]));
  const openMatrix = () => useUiStore.getState().setRaciMatrixOpen(true);

  return (
    <Section
      title="Roles (RACI)"
      aside={
        <button type="button" className="link-button" onClick={openMatrix} data-testid="open-raci-matrix-from-step">
          Matrix
        </button>
      }
    >
      {(step.kind === "task" || step.kind === "decision") && <RaciProblemBadges issues={issues} stepId={step.id} />}
      {board.roles.length === 0 ? (
        <p className="panel-empty">No roles yet. Select a lane to add the roles that work in it.</p>
      ) : (
        <ul className="raci-rows">
          {board.roles.map((role) => {
            const current = codes.get(role.id) ?? null;
            return (
              <li key={role.id} className="raci-row">
                <span className="raci-row__role">
                  {role.name}
                  <span className="raci-row__lane">{laneName.get(role.laneId)}</span>
                </span>
                <span className="segmented" role="radiogroup" aria-label={`${role.name} on this step`}>
                  {[null, ...RACI_CODES].map((code) => (
                    <button
                      key={code ?? "none"}
                      type="button"
                      role="radio"
                      aria-checked={current === code}
                      disabled={readOnly}
                      title={code ? CODE_NAMES[code] : "No part"}
                      className={`segmented__option${current === code ? " segmented__option--on" : ""}${code ? ` raci-code--${code}` : ""}`}
                      onClick={() => runCommand(() => setRaci(doc, step.id, role.id, code))}
                    >
                      {code ?? "–"}
                    </button>
                  ))}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
