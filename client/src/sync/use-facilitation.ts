import { useSyncExternalStore } from "react";
import type { Facilitation } from "@brownpaper/shared";
import { useBoardSession } from "./board-session";

/** The facilitation doc as everyone sees it: lock, walk, timer, summon, silent round. */
export function useFacilitation(): Facilitation {
  const { facilitation } = useBoardSession();
  return useSyncExternalStore(facilitation.subscribe, facilitation.getSnapshot);
}

/** True for the facilitator's link: the only one whose facilitation changes the server keeps. */
export function useIsFacilitator(): boolean {
  return useBoardSession().role === "facilitator";
}
