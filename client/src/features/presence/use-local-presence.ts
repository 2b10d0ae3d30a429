import { useEffect, useMemo, useState } from "react";
import { useBoardSession } from "../../sync/board-session";
import { useUiStore } from "../../state/store";
import { selectSelectedStepIds } from "../../state/selectors";
import { useParticipantName } from "../workshop/participant-name";
import { pickColour } from "./presence-colour";
import { PRESENCE_FIELDS, parsePeer, type PresenceUser } from "./presence-state";

/** The name shown until the person gives one. */
export const GUEST_NAME = "Guest";

/**
 * Publishes who this tab is (name, colour, the link's role) and what it has selected. The
 * colour is re-picked whenever someone with an earlier client id shows the same one.
 */
export function useLocalPresence(): PresenceUser {
  const { awareness, role } = useBoardSession();
  const [name] = useParticipantName();
  const selection = useUiStore(selectSelectedStepIds);
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

  useEffect(() => {
    awareness.setLocalStateField(PRESENCE_FIELDS.selection, [...selection]);
  }, [awareness, selection]);

  return user;
}
