import { useState } from "react";
import { useName } from "../../state/preferences";
import "./voting.css";

/** Asks once for the name this browser votes and writes notes under. */
export function NamePrompt({ reason }: { reason: string }) {
  const [, setName] = useName();
  const [draft, setDraft] = useState("");
  const save = () => {
    if (draft.trim() !== "") setName(draft);
  };
  return (
    <form
      className="name-prompt"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <label className="name-prompt__label" htmlFor="participant-name">
        {reason}
      </label>
      <div className="name-prompt__row">
        <input
          id="participant-name"
          className="field__input"
          data-testid="participant-name-input"
          placeholder="Your name"
          value={draft}
          maxLength={60}
          autoComplete="name"
          onKeyDown={(event) => event.stopPropagation()}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="button button--primary button--small" disabled={draft.trim() === ""}>
          Save
        </button>
      </div>
    </form>
  );
}
