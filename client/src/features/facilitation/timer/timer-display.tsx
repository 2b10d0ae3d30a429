import { useEffect, useRef } from "react";
import { formatRemaining, isTimeUp, remainingMs } from "@brownpaper/shared";
import { useBoardSession } from "../../../sync/board-session";
import { useFacilitation } from "../use-facilitation";
import { beep, primeAudio } from "./beep";
import { useNow } from "./use-now";

/**
 * The timebox everyone sees. The remaining time comes from the shared end time and the
 * server's clock (not this computer's, which may be minutes off), so every screen, including
 * someone who joins late, shows the same countdown. At zero it turns red
 * and beeps once — only on screens that saw it reach zero, not for a late joiner.
 */
export function TimerDisplay() {
  const { timer } = useFacilitation();
  const { clock } = useBoardSession();
  const now = useNow(timer.status === "running", clock.now);
  const left = remainingMs(timer, now);
  const up = isTimeUp(timer, now);
  const wasRunning = useRef(false);

  useEffect(() => primeAudio(), []);
  useEffect(() => {
    if (up && wasRunning.current) beep();
    wasRunning.current = timer.status === "running" && !up;
  }, [up, timer.status]);

  if (timer.status === "idle") return null;
  return (
    <div
      className={`timer${up ? " timer--up" : ""}${timer.status === "paused" ? " timer--paused" : ""}`}
      data-testid="timer"
      data-remaining-ms={left}
      role="timer"
      aria-label={up ? "Time is up" : `${formatRemaining(left)} left${timer.status === "paused" ? ", paused" : ""}`}
    >
      <span className="timer__time" data-testid="timer-time">
        {up ? "Time's up" : formatRemaining(left)}
      </span>
      {timer.status === "paused" && <span className="timer__state">paused</span>}
    </div>
  );
}
