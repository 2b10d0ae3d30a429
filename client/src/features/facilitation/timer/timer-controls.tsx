import { useState } from "react";
import { addTime, IDLE_TIMER, pauseTimer, resumeTimer, setTimer, startTimer } from "@brownpaper/shared";
import { useBoardSession } from "../../../sync/board-session";
import { useFacilitation } from "../use-facilitation";

const MINUTES = [1, 3, 5, 10, 15];

/** The facilitator's timebox: pick minutes and start; then pause, resume, add a minute or stop. Times are the server's. */
export function TimerControls() {
  const { facilitation, clock } = useBoardSession();
  const { timer } = useFacilitation();
  const [minutes, setMinutes] = useState(5);
  const write = (next: typeof timer) => setTimer(facilitation.doc, next);

  if (timer.status === "idle") {
    return (
      <div className="fac-group" role="group" aria-label="Timer">
        <select className="field__input fac-select" aria-label="Timebox minutes" value={minutes} onChange={(event) => setMinutes(Number(event.target.value))}>
          {MINUTES.map((value) => (
            <option key={value} value={value}>
              {value} min
            </option>
          ))}
        </select>
        <button type="button" className="button button--small" data-testid="timer-start" onClick={() => write(startTimer(clock.now(), minutes * 60_000))}>
          Start timer
        </button>
      </div>
    );
  }
  return (
    <div className="fac-group" role="group" aria-label="Timer">
      {timer.status === "running" ? (
        <button type="button" className="button button--small" data-testid="timer-pause" onClick={() => write(pauseTimer(timer, clock.now()))}>
          Pause
        </button>
      ) : (
        <button type="button" className="button button--small" data-testid="timer-resume" onClick={() => write(resumeTimer(timer, clock.now()))}>
          Resume
        </button>
      )}
      <button type="button" className="button button--small" data-testid="timer-add-minute" onClick={() => write(addTime(timer, clock.now()))}>
        +1 min
      </button>
      <button type="button" className="button button--small button--quiet" data-testid="timer-stop" onClick={() => write(IDLE_TIMER)}>
        Stop
      </button>
    </div>
  );
}
