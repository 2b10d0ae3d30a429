import { useBoardSession } from "../../../sync/board-session";
import { useFacilitation } from "../../../sync/use-facilitation";
import { timerPhase } from "./timer-phase";
import { useNow } from "./use-now";

/** The shared timebox, the server's time now (re-read while it runs) and the phase it puts the screen in. */
export function useTimerPhase() {
  const { timer } = useFacilitation();
  const { clock } = useBoardSession();
  const now = useNow(timer.status === "running", clock.now);
  return { timer, now, phase: timerPhase(timer, now) };
}
