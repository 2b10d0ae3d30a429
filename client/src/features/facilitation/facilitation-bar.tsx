import { setLocked, type Board } from "@brownpaper/shared";
import { useBoardSession } from "../../sync/board-session";
import { SilentRoundControls } from "./silent/silent-round-controls";
import { useSummon } from "./summon/use-summon";
import { TimerControls } from "./timer/timer-controls";
import { useFacilitation, useIsFacilitator } from "../../sync/use-facilitation";
import { useWalk } from "../../sync/use-walk";
import "./facilitation.css";

/**
 * The facilitator's controls, under the top bar and only on the facilitator's link: lock,
 * bring everyone, the process walk, the timebox and silent writing. The server applies
 * these changes from facilitator connections only; hiding them elsewhere is courtesy.
 */
export function FacilitationBar({ board }: { board: Board }) {
  const { facilitation } = useBoardSession();
  const { locked } = useFacilitation();
  const { walk, start, end } = useWalk(board);
  const facilitator = useIsFacilitator();
  const { summoning, toggle: toggleSummon } = useSummon(facilitator);
  if (!facilitator) return null;

  return (
    <div className="fac-bar" role="toolbar" aria-label="Facilitation">
      <span className="fac-bar__title">Facilitate</span>
      <button
        type="button"
        className={`button button--small${locked ? " button--on" : ""}`}
        aria-pressed={locked}
        data-testid="lock-toggle"
        onClick={() => setLocked(facilitation.doc, !locked)}
      >
        {locked ? "Unlock board" : "Lock board"}
      </button>
      <button
        type="button"
        className={`button button--small${summoning ? " button--on" : ""}`}
        aria-pressed={summoning}
        data-testid="summon-toggle"
        title="Everyone's screen follows yours until they move their own view"
        onClick={toggleSummon}
      >
        {summoning ? "Release everyone" : "Bring everyone"}
      </button>
      {walk.active ? (
        <button type="button" className="button button--small button--on" data-testid="walk-end" onClick={end}>
          End walk
        </button>
      ) : (
        <button
          type="button"
          className="button button--small"
          data-testid="walk-start"
          disabled={board.steps.length === 0}
          title="From the selected step, or the first start step; arrow keys move on"
          onClick={start}
        >
          Start walk
        </button>
      )}
      <TimerControls />
      <SilentRoundControls />
    </div>
  );
}
