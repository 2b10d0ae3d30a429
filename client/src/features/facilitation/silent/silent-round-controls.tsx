import { useState } from "react";
import { endSilentRound, newId, revealSilentRound, startSilentRound } from "@brownpaper/shared";
import { useBoardSession } from "../../../sync/board-session";
import { useFacilitation } from "../../../sync/use-facilitation";

/** The facilitator opens a silent round (named or anonymous), reveals it, and closes it. */
export function SilentRoundControls() {
  const { facilitation } = useBoardSession();
  const { silentRound } = useFacilitation();
  const [anonymous, setAnonymous] = useState(false);

  if (silentRound.status === "writing") {
    return (
      <button
        type="button"
        className="button button--small button--primary"
        data-testid="silent-reveal"
        onClick={() => revealSilentRound(facilitation.doc)}
      >
        Reveal notes
      </button>
    );
  }
  if (silentRound.status === "revealed") {
    return (
      <button
        type="button"
        className="button button--small"
        data-testid="silent-end"
        onClick={() => endSilentRound(facilitation.doc)}
      >
        Close round
      </button>
    );
  }
  return (
    <div className="fac-group" role="group" aria-label="Silent writing">
      <button
        type="button"
        className="button button--small"
        data-testid="silent-start"
        onClick={() => startSilentRound(facilitation.doc, newId("round", 8), anonymous)}
      >
        Silent writing
      </button>
      <label className="fac-check">
        <input type="checkbox" checked={anonymous} onChange={(event) => setAnonymous(event.target.checked)} /> anonymous
      </label>
    </div>
  );
}
