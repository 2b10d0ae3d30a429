import { useState } from "react";
import { useIsFacilitator } from "../../../sync/use-facilitation";
import { useTimerActions } from "./use-timer-actions";
import { useTimerPhase } from "./use-timer-phase";
import "../facilitation.css";

/**
 * Time's up, in words, across the board for everyone: a red pill in the corner is easy to
 * miss while people write. The facilitator can add a minute or stop the timebox from here;
 * anyone else can put the banner away on their own screen.
 */
export function TimeUpBanner() {
  const { timer, phase } = useTimerPhase();
  const facilitator = useIsFacilitator();
  const actions = useTimerActions();
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  if (phase !== "up" || timer.status !== "running" || dismissedAt === timer.endsAt) return null;
  const endsAt = timer.endsAt;
  return (
    <div className="time-up-banner" data-testid="time-up-banner" role="alert">
      <strong className="time-up-banner__title">Time's up</strong>
      <span>The timebox has ended.</span>
      {facilitator ? (
        <>
          <button type="button" className="button button--small" onClick={actions.addMinute}>
            +1 min
          </button>
          <button type="button" className="button button--small" onClick={actions.stop}>
            Stop timer
          </button>
        </>
      ) : (
        <button type="button" className="button button--small" onClick={() => setDismissedAt(endsAt)}>
          Dismiss
        </button>
      )}
    </div>
  );
}
