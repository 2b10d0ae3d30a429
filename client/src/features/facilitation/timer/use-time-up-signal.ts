import { useEffect, useRef } from "react";
import { countSignalForTests } from "../../../sync/test-api";
import { signalsTimeUp, type TimerPhase } from "./timer-phase";
import { enableSoundOnInteraction, timeUpSound } from "./time-up-sound";

/**
 * Sounds the time's-up signal when this screen sees the countdown reach zero. The sound is got
 * ready as soon as a timebox is on, so a screen whose browser keeps it silent can say so (and
 * be unblocked) before the time runs out rather than after.
 */
export function useTimeUpSignal(phase: TimerPhase): void {
  const previous = useRef<TimerPhase | null>(null);
  const timeboxOn = phase !== "idle";

  useEffect(() => enableSoundOnInteraction(), []);
  useEffect(() => {
    if (timeboxOn) timeUpSound.prepare();
  }, [timeboxOn]);
  useEffect(() => {
    if (signalsTimeUp(previous.current, phase)) {
      const result = timeUpSound.play();
      countSignalForTests("beep");
      countSignalForTests(`beep-${result}`);
    }
    previous.current = phase;
  }, [phase]);
}
