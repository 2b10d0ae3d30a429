import { useEffect, useState } from "react";
import { offerToTests } from "../../../sync/test-api";
import { useFacilitation } from "../../../sync/use-facilitation";
import { useTimerActions } from "./use-timer-actions";

const MINUTES = [1, 3, 5, 10, 15];

/** The facilitator's timebox: pick minutes and start; then pause, resume, add a minute or stop. Times are the server's. */
export function TimerControls() {
  const { timer } = useFacilitation();
  const actions = useTimerActions();
  const [minutes, setMinutes] = useState(5);
  const { start } = actions;
  useEffect(() => {
    offerToTests("startTimebox", start);
    return () => offerToTests("startTimebox", undefined);
  }, [start]);

  if (timer.status === "idle") {
    return (
      <div className="fac-group" role="group" aria-label="Timer">
        <select
          className="field__input fac-select"
          aria-label="Timebox minutes"
          value={minutes}
          onChange={(event) => setMinutes(Number(event.target.value))}
        >
          {MINUTES.map((value) => (
            <option key={value} value={value}>
              {value} min
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--small"
          data-testid="timer-start"
          onClick={() => start(minutes * 60_000)}
        >
          Start timer
        </button>
      </div>
    );
  }
  return (
    <div className="fac-group" role="group" aria-label="Timer">
      {timer.status === "running" ? (
        <button type="button" className="button button--small" data-testid="timer-pause" onClick={actions.pause}>
          Pause
        </button>
      ) : (
        <button type="button" className="button button--small" data-testid="timer-resume" onClick={actions.resume}>
          Resume
        </button>
      )}
      <button type="button" className="button button--small" data-testid="timer-add-minute" onClick={actions.addMinute}>
        +1 min
      </button>
      <button
        type="button"
        className="button button--small button--quiet"
        data-testid="timer-stop"
        onClick={actions.stop}
      >
        Stop
      </button>
    </div>
  );
}
