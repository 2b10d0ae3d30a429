import type * as Y from "yjs";
import { boardMaps, META } from "@brownpaper/shared";

const GUARDED = [META.dotsPerParticipant, META.votesHidden] as const;

/** Origin of the server's own write putting the vote's settings back. */
export const SETTINGS_RESTORED = Symbol("vote settings restored");

/**
 * Runs `apply` (a participant's update) and, if it changed the dot vote's settings, which are
 * the facilitator's alone, writes them back as they were; returns whether it had to.
 *
 * Yjs has no way to refuse part of an update before applying it: which map key an item writes
 * is only known once it is integrated against the doc. So the settings are compared before and
 * after, and a change is undone by a later write that every client (the offender included)
 * receives right after the change itself. Values are compared, not writes, so a participant's
 * replace of the whole board that leaves them as they were passes.
 */
export function applyKeepingVoteSettings(doc: Y.Doc, apply: () => void): boolean {
  const meta = boardMaps(doc).meta;
  const before = GUARDED.map((key) => [key, meta.get(key)] as const);
  apply();
  const changed = before.filter(([key, value]) => meta.get(key) !== value);
  if (changed.length === 0) return false;
  doc.transact(() => {
    for (const [key, value] of changed) {
      if (value === undefined) meta.delete(key);
      else meta.set(key, value);
    }
  }, SETTINGS_RESTORED);
  return true;
}
