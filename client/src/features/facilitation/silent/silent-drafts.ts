import type { AddNoteInput, NoteTarget, SilentRound } from "@brownpaper/shared";
import type { SilentDraft } from "../../../state/preferences";

/**
 * A note written during a silent round is session-private: it stays in this browser's
 * preferences (keyed by board and round) and is never put in the shared doc before the
 * facilitator reveals the round.
 */
export type { SilentDraft };

export const ANONYMOUS_AUTHOR = "Anonymous";

/** Note ids of a round share a prefix, so the room can list what one round revealed. */
export const roundNotePrefix = (roundId: string) => `silent_${roundId}_`;

export interface PublishContext {
  author: string;
  /** Ids of notes already on the board. */
  existingNoteIds: ReadonlySet<string>;
  /** Whether a step, flow or lane a draft was stuck on is still there. */
  targetExists: (target: NoteTarget) => boolean;
}

/**
 * The notes this browser publishes when it sees a round revealed: every non-empty draft of
 * that very round (drafts of another round are never published into this one), under the
 * person's name or "Anonymous" as the round was set up, each once. A draft whose step was
 * deleted meanwhile lands on the board rather than being lost.
 */
export function notesToPublish(
  round: SilentRound,
  roundOfDrafts: string,
  drafts: readonly SilentDraft[],
  context: PublishContext,
): AddNoteInput[] {
  if (round.status !== "revealed" || round.id === null || round.id !== roundOfDrafts) return [];
  const author = round.anonymous ? ANONYMOUS_AUTHOR : context.author.trim() || "Guest";
  return drafts
    .filter((draft) => draft.text.trim() !== "" && !context.existingNoteIds.has(draft.id))
    .map((draft) => ({
      id: draft.id,
      kind: "idea" as const,
      text: draft.text.trim(),
      author,
      target: context.targetExists(draft.target) ? draft.target : { type: "board" as const, id: "board" },
    }));
}
