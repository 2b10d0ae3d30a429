import { useMemo } from "react";
import { useBoardSession } from "./board-session";
import { tabPresenceId } from "../state/tab-presence-id";
import type { OwnPresence } from "./summon-leader";

/** This tab's awareness client id and its presence id (the one that survives a reload). */
export function useOwnPresence(): OwnPresence {
  const { awareness } = useBoardSession();
  return useMemo(() => ({ clientId: awareness.clientID, presenceId: tabPresenceId() }), [awareness]);
}
