import { useCallback, useEffect } from "react";
import { setSummon } from "@brownpaper/shared";
import { useBoardSession } from "../../../sync/board-session";
import { summonIsOwnFromBeforeReload } from "../../../sync/summon-leader";
import { useOwnPresence } from "../../../sync/use-own-presence";
import { usePeers } from "../../../sync/use-peers";
import { useFacilitation } from "../../../sync/use-facilitation";

/**
 * "Bring everyone" for the facilitator's tab: whether it is on for this tab, and the toggle.
 * The summon names the tab's presence id as well as its client id, so it outlives a reload of
 * the tab; after one, the tab writes its new client id into the summon it finds is its own.
 */
export function useSummon(enabled: boolean): { summoning: boolean; toggle: () => void } {
  const { facilitation } = useBoardSession();
  const { summon } = useFacilitation();
  const me = useOwnPresence();
  const peers = usePeers();
  const summoning =
    summon.active &&
    (summon.presenceId === null ? summon.clientId === me.clientId : summon.presenceId === me.presenceId);

  const reclaim = enabled && summonIsOwnFromBeforeReload(summon, me, peers);
  useEffect(() => {
    if (reclaim) setSummon(facilitation.doc, me.clientId, me.presenceId);
  }, [reclaim, facilitation, me]);

  const toggle = useCallback(
    () => setSummon(facilitation.doc, summoning ? null : me.clientId, me.presenceId),
    [facilitation, summoning, me],
  );
  return { summoning, toggle };
}
