import { useState } from "react";
import { useName } from "../../state/preferences";
import "./presence.css";

/**
 * Asks once for the name others see beside this person's cursor and in "who's here". It does
 * not block the board: "Later" keeps "Guest" for this visit, and the name can be changed
 * from the list of people at any time.
 */
export function PresenceNamePrompt() {
  const [name, setName] = useName();
  const [draft, setDraft] = useState("");
  const [later, setLater] = useState(false);
  if (name !== "" || later) return null;
  return (
    <form
      className="presence-name-card"
      data-testid="presence-name-prompt"
      aria-label="Your name"
      onSubmit={(event) => {
        event.preventDefault();
        if (draft.trim() !== "") setName(draft);
      }}
    >
      <label htmlFor="presence-name">What should others call you?</label>
      <div className="presence-name-card__row">
        <input
          id="presence-name"
          className="field__input"
          data-testid="presence-name-input"
          placeholder="Your name"
          maxLength={60}
          autoComplete="name"
          value={draft}
          onKeyDown={(event) => event.stopPropagation()}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="button button--primary button--small" disabled={draft.trim() === ""}>
          Join
        </button>
        <button type="button" className="button button--quiet button--small" onClick={() => setLater(true)}>
          Later
        </button>
      </div>
    </form>
  );
}
