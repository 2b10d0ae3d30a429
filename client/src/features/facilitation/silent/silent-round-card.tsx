import { useState } from "react";
import { newId, type Board, type NoteTarget } from "@brownpaper/shared";
import { useBoardSession } from "../../../sync/board-session";
import { useUiStore } from "../../../state/store";
import { draftsKey, usePreferences, type SilentDraft } from "../../../state/preferences";
import { useFacilitation } from "../../../sync/use-facilitation";
import { roundNotePrefix } from "./silent-drafts";
import { usePublishOnReveal } from "./use-publish-on-reveal";
import "../facilitation.css";

const NO_DRAFTS: readonly SilentDraft[] = [];

/**
 * Silent writing for everyone: while the round is open, a private pad (only this browser
 * sees what is on it); once revealed, every note the round produced.
 */
export function SilentRoundCard({ board }: { board: Board }) {
  const { boardId, role } = useBoardSession();
  // Drafts stay in this browser, so a locked board does not stop anyone writing them; they are
  // published once the board can be written again. Only view links have nothing to write.
  const readOnly = role === "view";
  const { silentRound } = useFacilitation();
  const writingRound = silentRound.status === "writing" ? silentRound.id : null;
  const drafts = usePreferences((state) =>
    writingRound === null ? NO_DRAFTS : (state.drafts[draftsKey(boardId, writingRound)] ?? NO_DRAFTS),
  );
  const setDrafts = (next: readonly SilentDraft[]) =>
    writingRound !== null && usePreferences.getState().setDrafts(boardId, writingRound, next);
  const [text, setText] = useState("");
  usePublishOnReveal();
  if (silentRound.status === "idle" || silentRound.id === null) return null;
  const roundId = silentRound.id;

  if (silentRound.status === "revealed") {
    const revealed = board.notes.filter((note) => note.id.startsWith(roundNotePrefix(roundId)));
    return (
      <aside className="silent-card" data-testid="silent-round" data-status="revealed" aria-label="Silent writing">
        <h2>Silent writing · revealed ({revealed.length})</h2>
        <ul className="silent-card__notes" data-testid="revealed-notes">
          {revealed.map((note) => (
            <li key={note.id} data-testid="revealed-note">
              {note.text} <span className="walk-card__muted">— {note.author}</span>
            </li>
          ))}
        </ul>
      </aside>
    );
  }

  const addDraft = () => {
    if (text.trim() === "") return;
    const [stepId] = useUiStore.getState().selectedStepIds;
    const target: NoteTarget = stepId ? { type: "step", id: stepId } : { type: "board", id: "board" };
    setDrafts([...drafts, { id: `${roundNotePrefix(roundId)}${newId("n")}`, text: text.trim(), target }]);
    setText("");
  };
  return (
    <aside className="silent-card" data-testid="silent-round" data-status="writing" aria-label="Silent writing">
      <h2>Silent writing{silentRound.anonymous ? " · anonymous" : ""}</h2>
      {readOnly ? (
        <p className="walk-card__muted">
          Everyone is writing on their own. Their notes appear here when the facilitator reveals them.
        </p>
      ) : (
        <>
          <p className="walk-card__muted">
            Only you see these until the facilitator reveals them. A selected step gets the note; otherwise the board.
          </p>
          <form
            className="walk-card__note-form"
            onSubmit={(event) => {
              event.preventDefault();
              addDraft();
            }}
          >
            <input
              className="field__input"
              data-testid="silent-draft-input"
              aria-label="Your private note"
              placeholder="Write a note…"
              value={text}
              maxLength={2000}
              onKeyDown={(event) => event.stopPropagation()}
              onChange={(event) => setText(event.target.value)}
            />
            <button type="submit" className="button button--small" disabled={text.trim() === ""}>
              Add
            </button>
          </form>
          <ul className="silent-card__notes" data-testid="silent-drafts">
            {drafts.map((draft) => (
              <li key={draft.id} data-testid="silent-draft">
                {draft.text}
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Delete draft ${draft.text}`}
                  onClick={() => setDrafts(drafts.filter((other) => other.id !== draft.id))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
