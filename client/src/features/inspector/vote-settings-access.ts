import { canSetVoteSettings, type AccessRole } from "@brownpaper/shared";

/** Whether this browser may change the vote's settings, and what to say when it may not. */
export interface VoteSettingsAccess {
  editable: boolean;
  /** Shown beside read-only settings; null when there is nothing to explain here (e.g. a banner already does). */
  note: string | null;
}

/**
 * The dots per participant and "hide votes" are the facilitator's (see `canSetVoteSettings`):
 * everyone else sees them read-only with why. A facilitator's own board can be read-only too,
 * when sync has stopped; the connection banner says why, so no note here.
 */
export function voteSettingsAccess(role: AccessRole, readOnly: boolean): VoteSettingsAccess {
  if (!canSetVoteSettings(role)) return { editable: false, note: "Set by the facilitator." };
  return { editable: !readOnly, note: null };
}
