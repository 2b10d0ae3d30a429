import * as Y from "yjs";
import { getEntity, META } from "../doc/layout";
import type { Origin } from "../doc/origin";
import { readBoard } from "../doc/read-board";
import { canVote } from "../analytics/votes";
import { MAX_DOTS_PER_PARTICIPANT } from "../schema/board";
import { CommandError } from "./command-error";
import { transact } from "./transact";

/**
 * Puts `delta` dots (negative to take them back) from `participant` on a pain point. Refused
 * when it would spend more dots than the participant has or take back more than they placed.
 * Each participant writes only their own entry, so two people voting at once never collide.
 */
export function castVote(doc: Y.Doc, noteId: string, participant: string, delta: number, origin?: Origin): void {
  const who = participant.trim();
  const check = canVote(readBoard(doc), who, noteId, delta);
  if (!check.ok) throw new CommandError(check.reason);
  transact(doc, origin, (maps) => {
    const note = getEntity(maps.notes, noteId);
    if (!note || note.get("kind") !== "pain") throw new CommandError("Only pain points take votes.");
    let votes = note.get("votes");
    if (!(votes instanceof Y.Map)) {
      votes = new Y.Map<number>();
      note.set("votes", votes);
    }
    const tally = votes as Y.Map<unknown>;
    const current = tally.get(who);
    const next = (typeof current === "number" ? current : 0) + delta;
    if (next <= 0) tally.delete(who);
    else tally.set(who, next);
  });
}

/** How many dots each participant gets (the facilitator's call; 0–100). */
export function setDotsPerParticipant(doc: Y.Doc, dots: number, origin?: Origin): void {
  if (!Number.isInteger(dots) || dots < 0 || dots > MAX_DOTS_PER_PARTICIPANT)
    throw new CommandError(`Dots per participant must be a whole number from 0 to ${MAX_DOTS_PER_PARTICIPANT}.`);
  transact(doc, origin, (maps) => maps.meta.set(META.dotsPerParticipant, dots));
}

/** Hides vote counts on screen until the facilitator reveals them. */
export function setVotesHidden(doc: Y.Doc, hidden: boolean, origin?: Origin): void {
  transact(doc, origin, (maps) => maps.meta.set(META.votesHidden, hidden));
}
