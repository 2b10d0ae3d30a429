import { useEffect, useMemo, useState } from "react";
import { useBoardSession } from "../../sync/board-session";
import { useUiStore } from "../../state/store";
import { selectSelectedFlowIds, selectSelectedLaneId, selectSelectedStepIds } from "../../state/selectors";
import { useName } from "../../state/preferences";
import { pickColour } from "./presence-colour";
import { tabPresenceId } from "../../state/tab-presence-id";
import { PRESENCE_FIELDS, parsePeer, type PresenceUser } from "@brownpaper/shared";

/** The name shown until the person gives one. */
export const GUEST_NAME = "Guest";

/** Beyond this, others gain nothing from seeing the outlines, and the state would near the server's size limit. */
const MAX_PUBLISHED = 200;
const firstFew = (ids: ReadonlySet<string>) => [...ids].slice(0, MAX_PUBLISHED);

/**
 * Publishes who this tab is (name, colour, the link's role, the tab's presence id) and what
 * it has selected: steps, flows or a lane. The colour is re-picked whenever someone with an
 * earlier client id shows the same one.
 */
export function useLocalPresence(): PresenceUser {
  const { awareness, role } = useBoardSession();
  const [name] = useName();
  const steps = useUiStore(selectSelectedStepIds);
  const flows = useUiStore(selectSelectedFlowIds);
  const lane = useUiStore(selectSelectedLaneId);
  const [colour, setColour] = useState<string | null>(null);

  useEffect(() => {
    const settle = () => {
      const others = new Map<number, string>();
      for (const [clientId, state] of awareness.getStates()) {
        const peer = clientId === awareness.clientID ? null : parsePeer(clientId, state);
        if (peer) others.set(clientId, peer.user.colour);
      }
      setColour((current) => pickColour(awareness.clientID, current, others));
    };
    settle();
    awareness.on("change", settle);
    return () => awareness.off("change", settle);
  }, [awareness]);

  const user = useMemo<PresenceUser>(
    () => ({ name: name || GUEST_NAME, colour: colour ?? pickColour(awareness.clientID, null, new Map()), role }),
    [awareness, name, colour, role],
  );
  useEffect(() => awareness.setLocalStateField(PRESENCE_FIELDS.user, user), [awareness, user]);
  useEffect(() => awareness.setLocalStateField(PRESENCE_FIELDS.presenceId, tabPresenceId()), [awareness]);

  useEffect(() => {
    // One update for the three fields; a null state means this tab has left, so stay gone.
    const state = awareness.getLocalState();
    if (state === null) return;
    awareness.setLocalState({
      ...state,
      [PRESENCE_FIELDS.selection]: firstFew(steps),
      [PRESENCE_FIELDS.selectedFlows]: firstFew(flows),
      [PRESENCE_FIELDS.selectedLane]: lane,
    });
  }, [awareness, steps, flows, lane]);

  return user;
}
