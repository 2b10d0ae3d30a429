import { useState } from "react";
import { addNote } from "@brownpaper/shared";
import { runCommand } from "../../../sync/run-command";
import { useBoardSession } from "../../../sync/board-session";
import { useName } from "../../../state/preferences";

/** Lets anyone who may edit add a comment to the step being walked, under their name. */
export function WalkNoteForm({ stepId }: { stepId: string }) {
  const { doc } = useBoardSession();
  const [name] = useName();
  const [text, setText] = useState("");
  return (
    <form
      className="walk-card__note-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === "") return;
        const added = runCommand(() =>
          addNote(doc, {
            kind: "comment",
            text: text.trim(),
            target: { type: "step", id: stepId },
            author: name || "Guest",
          }),
        );
        if (added.ok) setText("");
      }}
    >
      <input
        className="field__input"
        data-testid="walk-note-input"
        aria-label="Add a note to this step"
        placeholder="Add a note to this step…"
        value={text}
        maxLength={2000}
        onKeyDown={(event) => event.stopPropagation()}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button button--small" disabled={text.trim() === ""}>
        Add note
      </button>
    </form>
  );
}
