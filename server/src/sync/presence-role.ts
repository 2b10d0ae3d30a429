import { PRESENCE_FIELDS, type AccessRole } from "@brownpaper/shared";
import { stateOf, type AwarenessEntry } from "./awareness-guard";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A connection's presence with its link's role written in. The client publishes who it is as
 * `{ user: { name, colour, role }, … }` (shared/src/presence/presence-state.ts) and the
 * who's-here list shows that role, so an edit link could otherwise pass itself off as the
 * facilitator. The server rewrites the field rather than refusing the state: a refused state
 * would make a client vanish from everyone's view — cursor, selection and all — with nothing on
 * its own screen to say why, and an honest client that published before it knew its role (or an
 * older one that sends none) would be punished for it; rewritten, everyone is shown and the role
 * others read is always the one the server checked. A state without a `user` object is not shown
 * as a person by the client, so it is left as it is.
 */
export function withConnectionRole(entry: AwarenessEntry, role: AccessRole): AwarenessEntry {
  const state = stateOf(entry);
  if (!isRecord(state)) return entry;
  const user = state[PRESENCE_FIELDS.user];
  if (!isRecord(user) || user.role === role) return entry;
  return { ...entry, stateJson: JSON.stringify({ ...state, [PRESENCE_FIELDS.user]: { ...user, role } }) };
}
