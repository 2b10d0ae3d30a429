import { useState } from "react";
import { addNote, PAIN_CATEGORIES, type NoteKind, type NoteTarget, type PainCategory } from "@brownpaper/shared";
import { runCommand } from "../../sync/run-command";
import { useBoardSession } from "../../sync/board-session";
import { useName } from "../../state/preferences";
import { NOTE_KIND_INFO, NOTE_KIND_ORDER, PAIN_CATEGORY_LABELS } from "../../lib/note-kinds";

/** Kind buttons, a text line and (for pain) a category: Enter sticks the note on the target. */
export function AddNoteForm({ target, defaultKind = "pain" }: { target: NoteTarget; defaultKind?: NoteKind }) {
  const { doc } = useBoardSession();
  const [author] = useName();
  const [kind, setKind] = useState<NoteKind>(defaultKind);
  const [category, setCategory] = useState<PainCategory>("waiting");
  const [text, setText] = useState("");
  const add = () => {
    if (text.trim() === "") return;
    const input = { kind, text: text.trim(), target, author, ...(kind === "pain" ? { category } : {}) };
    if (runCommand(() => addNote(doc, input)).ok) setText("");
  };

  return (
    <form
      className="add-note"
      data-testid="add-note"
      onSubmit={(event) => {
        event.preventDefault();
        add();
      }}
    >
      <div className="add-note__kinds" role="radiogroup" aria-label="Kind of note">
        {NOTE_KIND_ORDER.map((candidate) => (
          <button
            key={candidate}
            type="button"
            role="radio"
            aria-checked={kind === candidate}
            className={`kind-chip kind-chip--${candidate}${kind === candidate ? " kind-chip--on" : ""}`}
            onClick={() => setKind(candidate)}
          >
            {NOTE_KIND_INFO[candidate].short}
          </button>
        ))}
      </div>
      <div className="add-note__row">
        <input
          className="field__input"
          aria-label="New note"
          data-testid="new-note-text"
          placeholder={kind === "pain" ? "Where does it hurt?" : `New ${NOTE_KIND_INFO[kind].label.toLowerCase()}`}
          value={text}
          maxLength={2000}
          onKeyDown={(event) => event.stopPropagation()}
          onChange={(event) => setText(event.target.value)}
        />
        {kind === "pain" && (
          <select
            className="field__input field__select add-note__category"
            aria-label="Pain category"
            value={category}
            onChange={(event) => setCategory(event.target.value as PainCategory)}
          >
            {PAIN_CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {PAIN_CATEGORY_LABELS[value]}
              </option>
            ))}
          </select>
        )}
        <button type="submit" className="button button--small" disabled={text.trim() === ""}>
          Add
        </button>
      </div>
    </form>
  );
}
