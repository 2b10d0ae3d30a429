import { useState } from "react";
import { addNote, isOverdue, todayIso, type Board, type Note } from "@brownpaper/shared";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";
import { useName } from "../../state/preferences";
import { useUiStore } from "../../state/store";
import { ACTION_STATUS_LABELS } from "./action-status";
import "./actions.css";

/** Under a pain point: the actions raised from it, and a line to raise another (what, who, by when). */
export function PainActions({ board, note }: { board: Pick<Board, "notes">; note: Note }) {
  const { doc, readOnly } = useBoardSession();
  const [author] = useName();
  const [text, setText] = useState("");
  const [owner, setOwner] = useState("");
  const [due, setDue] = useState("");
  const actions = board.notes.filter(
    (candidate) => candidate.kind === "action" && candidate.target.type === "note" && candidate.target.id === note.id,
  );
  const today = todayIso();
  const raise = () => {
    if (text.trim() === "") return;
    const input = {
      kind: "action" as const,
      text: text.trim(),
      target: { type: "note" as const, id: note.id },
      author,
      owner,
      due,
    };
    if (runCommand(() => addNote(doc, input)).ok) {
      setText("");
      setOwner("");
      setDue("");
    }
  };
  if (readOnly && actions.length === 0) return null;
  return (
    <div className="pain-actions" data-testid="pain-actions">
      {actions.length > 0 && (
        <ul className="pain-actions__list" aria-label="Actions raised from this pain point">
          {actions.map((action) => (
            <li
              key={action.id}
              className={
                isOverdue({ status: action.status ?? "open", due: action.due ?? "" }, today) ? "action-overdue" : ""
              }
            >
              <button type="button" className="link-button" onClick={() => useUiStore.getState().selectNote(action.id)}>
                {action.text || "Untitled action"}
              </button>{" "}
              <span className="pain-actions__meta">
                {[action.owner, action.due, ACTION_STATUS_LABELS[action.status ?? "open"]].filter(Boolean).join(" · ")}
              </span>
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form
          className="pain-actions__form"
          onSubmit={(event) => {
            event.preventDefault();
            raise();
          }}
        >
          <input
            className="field__input"
            aria-label="New action"
            data-testid="new-action-text"
            placeholder="Action: what will be done?"
            value={text}
            onKeyDown={(event) => event.stopPropagation()}
            onChange={(event) => setText(event.target.value)}
          />
          <input
            className="field__input"
            aria-label="Owner"
            data-testid="new-action-owner"
            placeholder="Owner"
            value={owner}
            onKeyDown={(event) => event.stopPropagation()}
            onChange={(event) => setOwner(event.target.value)}
          />
          <input
            type="date"
            className="field__input"
            aria-label="Due date"
            data-testid="new-action-due"
            value={due}
            onKeyDown={(event) => event.stopPropagation()}
            onChange={(event) => setDue(event.target.value)}
          />
          <button type="submit" className="button button--small" data-testid="add-action" disabled={text.trim() === ""}>
            Add action
          </button>
        </form>
      )}
    </div>
  );
}
