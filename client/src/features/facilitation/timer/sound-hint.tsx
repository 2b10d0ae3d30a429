import { useSyncExternalStore } from "react";
import { timeUpSound } from "./time-up-sound";

/**
 * Shown beside the countdown when the browser keeps this page silent (it does until the person
 * first clicks or types, which a viewer may never do): one click lets the time's-up sound play.
 */
export function SoundHint() {
  const state = useSyncExternalStore(timeUpSound.subscribe, timeUpSound.state);
  if (state !== "blocked") return null;
  return (
    <button
      type="button"
      className="timer__sound"
      data-testid="timer-sound-on"
      title="Your browser keeps this page silent until you click in it"
      aria-label="Turn on the sound for when time is up"
      onClick={() => timeUpSound.enable()}
    >
      <span aria-hidden="true">🔇</span> Sound on
    </button>
  );
}
