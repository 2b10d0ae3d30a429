import type { Board, NoteTarget } from "@brownpaper/shared";
import { useBoardSession } from "../../sync/board-session";
import { useUiStore } from "../../state/store";
import { selectSelectedNoteId } from "../../state/selectors";
import { Section } from "../../components/fields/section";
import { useVoteCounts } from "../../sync/use-vote-counts";
import { useSlots } from "../../components/feature-slots";
import { AddNoteForm } from "./add-note-form";
import { NoteCard } from "./note-card";
import "./notes.css";

/**
 * The notes stuck on one target, with the form to add another. Where a pain point here can be
 * voted on, the voter's dots left show above the notes, as they do in the pain list.
 */
export function NotesSection({ board, target, title = "Notes" }: { board: Board; target: NoteTarget; title?: string }) {
  const { readOnly } = useBoardSession();
  const selectedNoteId = useUiStore(selectSelectedNoteId);
  const votes = useVoteCounts(board);
  const { DotsLeft } = useSlots();
  const notes = board.notes.filter((note) => note.target.type === target.type && note.target.id === target.id);
  return (
    <Section title={`${title} (${notes.length})`} testId="notes-section">
      {notes.length === 0 && (
        <p className="panel-empty">
          {readOnly ? "No notes here." : "No notes yet. Stick a pain point, a role, an idea or a question on it."}
        </p>
      )}
      {notes.some((note) => note.kind === "pain") && <DotsLeft board={board} />}
      {notes.length > 0 && (
        <ul className="note-list">
          {notes.map((note) => (
            <NoteCard
              key={note.id}
              note={note}
              board={board}
              votes={votes.get(note.id) ?? 0}
              selected={note.id === selectedNoteId}
            />
          ))}
        </ul>
      )}
      {!readOnly && <AddNoteForm target={target} />}
    </Section>
  );
}
