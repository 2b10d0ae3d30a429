import { useState } from "react";
import { navigate } from "../lib/use-location";
import { appPath } from "../lib/board-links";
import { usePreferences } from "../state/preferences";
import { LandingImport } from "../features/interchange/landing-import";
import { TemplatePicker } from "../features/interchange/template-picker";
import { createBoard } from "../lib/create-board";
import "./landing-page.css";

/** The front door: what Brownpaper is, and one button to start a board. */
export function LandingPage() {
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const start = async (template?: unknown) => {
    setCreating(true);
    setError(null);
    try {
      const board = await createBoard(template);
      usePreferences.getState().rememberShareLinks(board.id, { editUrl: board.editUrl, viewUrl: board.viewUrl });
      // The creator lands on their facilitator link.
      navigate(appPath(board.facilitatorUrl));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "Something went wrong creating the board.");
      setCreating(false);
    }
  };

  return (
    <main className="landing">
      <div className="landing__card">
        <div className="landing__mark" aria-hidden="true">
          <span />
          <span />
          <span />
        </div>
        <h1 className="landing__title">Brownpaper</h1>
        <p className="landing__pitch">
          Map a process together, one lane per team, and see every handover between them, live.
        </p>
        <button
          type="button"
          className="button button--primary button--large"
          data-testid="new-board"
          disabled={creating}
          onClick={() => void start()}
        >
          {creating ? "Creating board…" : "New board"}
        </button>
        <TemplatePicker disabled={creating} onPick={(file) => void start(file)} />
        <LandingImport />
        {error && (
          <p className="landing__error" role="alert">
            {error}
          </p>
        )}
        <p className="landing__hint">
          You get a facilitator link; share the edit link with participants and the view link with sponsors.
        </p>
      </div>
    </main>
  );
}
