import { useEffect, useRef } from "react";
import { formatRemaining, isTimeUp, remainingMs } from "@brownpaper/shared";
import { useFacilitation } from "../use-facilitation";
import { beep, primeAudio } from "./beep";
import { useNow } from "./use-now";

/**
 * The timebox everyone sees. The remaining time comes from the shared end time and this
 * screen's clock, so someone who joins late sees the same countdown. At zero it turns red
 * and beeps once — only on screens that saw it reach zero, not for a late joiner.
 */
export function TimerDisplay() {
  const { timer } = useFacilitation();
  const now = useNow(timer.status === "running");
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
