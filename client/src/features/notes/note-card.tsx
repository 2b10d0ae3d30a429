import { deleteNote, PAIN_CATEGORIES, setNoteText, setPainCategory, type Board, type Note } from "@brownpaper/shared";
import { Icon } from "../../components/icon";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";
import { CommitTextField } from "../../components/fields/commit-text-field";
import { SelectField } from "../../components/fields/select-field";
import { useSlots } from "../../components/feature-slots";
import { NOTE_KIND_INFO, PAIN_CATEGORY_LABELS } from "../../lib/note-kinds";
import "./notes.css";

const CATEGORY_OPTIONS = PAIN_CATEGORIES.map((category) => ({
  value: category,
  label: PAIN_CATEGORY_LABELS[category],
}));

interface NoteCardProps {
  note: Note;
  board: Pick<Board, "meta"> & Partial<Pick<Board, "notes">>;
  votes: number;
  selected?: boolean;
}

/** One note in the inspector: its text, a pain point's category, vote and actions, an action's owner, due date and status, delete. */
export function NoteCard({ note, board, votes, selected }: NoteCardProps) {
  const { doc, readOnly } = useBoardSession();
  const { VoteControl, ActionFields, PainActions } = useSlots();
  return (
    <li
      className={`note-card note-card--${note.kind}${selected ? " note-card--selected" : ""}`}
      data-testid="note-card"
      data-note-kind={note.kind}
    >
      <div className="note-card__head">
        <span className="note-card__kind">{NOTE_KIND_INFO[note.kind].label}</span>
        {note.author !== "" && <span className="note-card__author">{note.author}</span>}
        {!readOnly && (
          <button
            type="button"
            className="icon-button note-card__delete"
            aria-label="Delete note"
            title="Delete note"
            onClick={() => runCommand(() => deleteNote(doc, note.id))}
          >
            <Icon name="trash" size={13} />
          </button>
        )}
      </div>
      <CommitTextField
        label="Note text"
        hideLabel
        multiline
        value={note.text}
        readOnly={readOnly}
        placeholder="What does it say?"
        onCommit={(text) => runCommand(() => setNoteText(doc, note.id, text)).ok}
      />
      {note.kind === "pain" && (
        <div className="note-card__pain">
          <SelectField
            label="Category"
            hideLabel
            value={note.category ?? "other"}
            options={CATEGORY_OPTIONS}
            readOnly={readOnly}
            onChange={(category) => runCommand(() => setPainCategory(doc, note.id, category))}
          />
          <VoteControl note={note} board={board} votes={votes} />
        </div>
      )}
      {note.kind === "pain" && board.notes && <PainActions board={{ notes: board.notes }} note={note} />}
      {note.kind === "action" && <ActionFields note={note} />}
    </li>
  );
}
