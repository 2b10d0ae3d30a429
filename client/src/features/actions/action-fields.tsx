import { ACTION_STATUSES, isOverdue, todayIso, updateAction, type Note } from "@brownpaper/shared";
import { CommitTextField } from "../../components/fields/commit-text-field";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";
import { ACTION_STATUS_LABELS } from "./action-status";
import "./actions.css";

/** An action's owner, due date and status, edited where the action is shown; overdue in red. */
export function ActionFields({ note }: { note: Note }) {
  const { doc, readOnly } = useBoardSession();
  const status = note.status ?? "open";
  const due = note.due ?? "";
  const overdue = isOverdue({ status, due }, todayIso());
  return (
    <div className={`action-fields${overdue ? " action-fields--overdue" : ""}`} data-testid="action-fields">
      <CommitTextField
        label="Owner"
        value={note.owner ?? ""}
        readOnly={readOnly}
        placeholder="Who will do it (a name or a role)"
        onCommit={(owner) => runCommand(() => updateAction(doc, note.id, { owner })).ok}
      />
      <label className="field action-fields__due">
        <span className="field__label">Due{overdue && <strong className="action-overdue"> · overdue</strong>}</span>
        <input
          type="date"
          className="field__input"
          value={due}
          disabled={readOnly}
          data-testid="action-due"
          onKeyDown={(event) => event.stopPropagation()}
          onChange={(event) => runCommand(() => updateAction(doc, note.id, { due: event.target.value }))}
        />
      </label>
      <span className="segmented" role="radiogroup" aria-label="Status">
        {ACTION_STATUSES.map((option) => (
          <button
            key={option}
            type="button"
            role="radio"
            aria-checked={status === option}
            disabled={readOnly}
            data-testid={`action-status-${option}`}
            className={`segmented__option${status === option ? " segmented__option--on" : ""}`}
            onClick={() => runCommand(() => updateAction(doc, note.id, { status: option }))}
          >
            {ACTION_STATUS_LABELS[option]}
          </button>
        ))}
      </span>
    </div>
  );
}
