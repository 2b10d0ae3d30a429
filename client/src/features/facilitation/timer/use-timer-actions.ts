import { useMemo } from "react";
import {
  addTime,
  IDLE_TIMER,
  pauseTimer,
  resumeTimer,
  setTimer,
  startTimer,
  type TimerState,
} from "@brownpaper/shared";
import { useBoardSession } from "../../../sync/board-session";
import { useFacilitation } from "../../../sync/use-facilitation";

/** The facilitator's moves on the timebox, in the server's time; the server keeps them from facilitator links only. */
export function useTimerActions() {
  const { facilitation, clock } = useBoardSession();
  const { timer } = useFacilitation();
  return useMemo(() => {
    const write = (next: TimerState) => setTimer(facilitation.doc, next);
    return {
      start: (durationMs: number) => write(startTimer(clock.now(), durationMs)),
      pause: () => write(pauseTimer(timer, clock.now())),
      resume: () => write(resumeTimer(timer, clock.now())),
      addMinute: () => write(addTime(timer, clock.now())),
      stop: () => write(IDLE_TIMER),
    };
  }, [facilitation, clock, timer]);
}
