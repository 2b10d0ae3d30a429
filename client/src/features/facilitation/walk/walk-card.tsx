import type { Board } from "@brownpaper/shared";
import { useBoardSession } from "../../../sync/board-session";
import { useIsFacilitator } from "../../../sync/use-facilitation";
import { useWalk } from "../../../sync/use-walk";
import { useWalkKeyboard } from "./use-walk-keyboard";
import { WalkHandovers } from "./walk-handovers";
import { WalkNoteForm } from "./walk-note-form";
import { walkPosition } from "../../../lib/walk-order";
import { walkStepFacts } from "./walk-step-facts";
import "../facilitation.css";

/** The card everyone sees during a process walk: the current step and what surrounds it. */
export function WalkCard({ board }: { board: Board }) {
  const { readOnly } = useBoardSession();
  const facilitator = useIsFacilitator();
  const { walk, order, step, end } = useWalk(board);
  useWalkKeyboard(facilitator && walk.active, step);
  if (!walk.active || walk.stepId === null) return null;
  const facts = walkStepFacts(board, walk.stepId);
  const { index, total } = walkPosition(order, walk.stepId);
  return (
    <aside className="walk-card" data-testid="walk-card" aria-label="Process walk" aria-live="polite">
      <header className="walk-card__header">
        <span className="walk-card__where">
          Process walk · step {index} of {total}
        </span>
        <h2 data-testid="walk-card-step">{facts?.step.label ?? "This step was removed"}</h2>
        {facts && (
          <span className="walk-card__lane" data-testid="walk-card-lane">
            {facts.laneName} lane · {facts.step.kind}
          </span>
        )}
      </header>
      {facts && (
        <div className="walk-card__body">
          {facts.raci.length > 0 && (
            <p className="walk-card__raci" aria-label="Roles">
              {facts.raci.map((entry) => (
                <span
                  key={`${entry.role}${entry.code}`}
                  className={`raci-chip raci-chip--${entry.code}`}
                  data-testid="walk-card-raci"
                >
                  {entry.code} {entry.role}
                </span>
              ))}
            </p>
          )}
          {facts.measures.length > 0 && (
            <p className="walk-card__muted" data-testid="walk-card-measures">
              {facts.measures.join(" · ")}
            </p>
          )}
          <WalkHandovers title="Comes in" handovers={facts.incoming} direction="from" />
          <WalkHandovers title="Goes out" handovers={facts.outgoing} direction="to" />
          {facts.notes.length > 0 && (
            <ul className="walk-card__notes">
              {facts.notes.map((note) => (
                <li key={note.id} className={`walk-card__note walk-card__note--${note.kind}`}>
                  {note.text} <span className="walk-card__muted">— {note.author || "Anonymous"}</span>
                </li>
              ))}
            </ul>
          )}
          {!readOnly && <WalkNoteForm stepId={facts.step.id} />}
        </div>
      )}
      {facilitator && (
        <footer className="walk-card__controls">
          <button
            type="button"
            className="button button--small"
            data-testid="walk-previous"
            disabled={index <= 1}
            onClick={() => step("previous")}
          >
            ← Previous
          </button>
          <button
            type="button"
            className="button button--small button--primary"
            data-testid="walk-next"
            disabled={index >= total}
            onClick={() => step("next")}
          >
            Next →
          </button>
          <button type="button" className="button button--small button--quiet" onClick={end}>
            End walk
          </button>
        </footer>
      )}
    </aside>
  );
}
