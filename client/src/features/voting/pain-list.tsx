import { useMemo } from "react";
import { painRanking, type Board, targetName } from "@brownpaper/shared";
import { useUiStore } from "../../state/store";
import { selectSelectedNoteId } from "../../state/selectors";
import { PAIN_CATEGORY_LABELS } from "../../lib/note-kinds";
import { useReveal } from "../../lib/reveal/use-reveal";
import { DotsLeft } from "./dots-left";
import { VoteControl } from "./vote-control";
import "./voting.css";

/**
 * Every pain point, most votes first (counted votes, so nobody's extra dots count). While the
 * vote is hidden the list keeps a neutral order, so the ranking does not give the count away.
 */
export function PainList({ board }: { board: Board }) {
  const reveal = useReveal();
  const selectedNoteId = useUiStore(selectSelectedNoteId);
  const ranking = useMemo(() => painRanking(board), [board]);
  const hidden = board.meta.votesHidden;
  const rows = hidden ? [...ranking.ranked].sort((a, b) => (a.noteId < b.noteId ? -1 : 1)) : ranking.ranked;
  const noteById = new Map(board.notes.map((note) => [note.id, note]));

  return (
    <div className="pain-list" data-testid="pain-list">
      <DotsLeft board={board} />
      {hidden && <p className="panel-hint">Votes are hidden until the facilitator reveals them.</p>}
      {rows.length === 0 ? (
        <p className="panel-empty">
          No pain points yet. Select a step, handover or lane and add a pain point to it; then everyone votes with their
          dots.
        </p>
      ) : (
        <ol className="pain-list__items">
          {rows.map((pain, index) => {
            const note = noteById.get(pain.noteId);
            if (!note) return null;
            return (
              <li
                key={pain.noteId}
                className={`pain-row${pain.noteId === selectedNoteId ? " pain-row--selected" : ""}`}
                data-testid="pain-row"
                data-note-id={pain.noteId}
              >
                <span className="pain-row__rank">{hidden ? "•" : index + 1}</span>
                <button
                  type="button"
                  className="pain-row__body"
                  onClick={() => reveal({ type: "note", id: pain.noteId })}
                >
                  <span className="pain-row__text">{pain.text || "(no text)"}</span>
                  <span className="pain-row__meta">
                    <span className="category-chip">{PAIN_CATEGORY_LABELS[pain.category]}</span>{" "}
                    {targetName(board, pain.target)}
                  </span>
                </button>
                <VoteControl note={note} board={board} votes={pain.votes} />
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
