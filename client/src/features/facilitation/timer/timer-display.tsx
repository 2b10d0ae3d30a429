import { formatRemaining, remainingMs } from "@brownpaper/shared";
import { SoundHint } from "./sound-hint";
import { useTimeUpSignal } from "./use-time-up-signal";
import { useTimerPhase } from "./use-timer-phase";
import "../facilitation.css";

/**
 * The timebox everyone sees. The remaining time comes from the shared end time and the
 * server's clock (not this computer's, which may be minutes off), so every screen, including
 * someone who joins late, shows the same countdown. At zero it turns red and beeps once — only
 * on screens that saw it reach zero, not for a late joiner — and the banner under the top bar
 * says so in words.
 */
export function TimerDisplay() {
  const { timer, now, phase } = useTimerPhase();
  useTimeUpSignal(phase);
  if (phase === "idle") return null;
  const left = remainingMs(timer, now);
  return (
    <div className={`timer timer--${phase}`} data-testid="timer" data-phase={phase} data-remaining-ms={left}>
      <span
        className="timer__time"
        data-testid="timer-time"
        role="timer"
        aria-label={
          phase === "up" ? "Time is up" : `${formatRemaining(left)} left${phase === "paused" ? ", paused" : ""}`
        }
      >
        {phase === "up" ? "Time's up" : formatRemaining(left)}
      </span>
      {phase === "paused" && <span className="timer__state">paused</span>}
      <SoundHint />
    </div>
  );
}
