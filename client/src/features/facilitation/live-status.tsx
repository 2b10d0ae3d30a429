import { OutlineToggle } from "../outline/outline-toggle";
import { WhoIsHere } from "../presence/who-is-here";
import { TimerDisplay } from "./timer/timer-display";

/** The top bar's live part: the timebox everyone sees, the outline, and who is here. */
export function LiveStatus() {
  return (
    <>
      <TimerDisplay />
      <OutlineToggle />
      <WhoIsHere />
    </>
  );
}
