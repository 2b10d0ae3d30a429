import type { Board } from "../doc/read-board";
import type { Note } from "../schema/note";
import { compareIds } from "./board-index";

/** One participant's dots: what they placed and what the tally counts. */
export interface ParticipantVotes {
  participant: string;
  placed: number;
  counted: number;
}

/** The dot-vote tally, capped so nobody counts for more dots than the board gives them. */
export interface EffectiveVotes {
  dotsPerParticipant: number;
  /** Every pain note in id order with the dots counted for it. */
  notes: { noteId: string; votes: number }[];
  /** Everyone who placed a dot, in code-unit order of their names. */
  participants: ParticipantVotes[];
  /** Participants who placed more dots than they have (two tabs voting at once, merged). */
  overspent: string[];
}

export type VoteCheck = { ok: true } | { ok: false; reason: string };

/** Only pain points take votes; dots left on any other note are ignored everywhere. */
function painNotes(board: Pick<Board, "notes">): Note[] {
  return board.notes.filter((note) => note.kind === "pain").sort((a, b) => compareIds(a.id, b.id));
}

/** A participant's dots on one note; own keys only, so a name like "constructor" is safe. */
function dotsOn(note: Note, participant: string): number {
  const votes = note.votes;
  if (!votes || !Object.hasOwn(votes, participant)) return 0;
  const dots = votes[participant];
  return typeof dots === "number" && Number.isFinite(dots) && dots > 0 ? Math.floor(dots) : 0;
}

/** The board's dots per participant as a whole number of at least zero. */
export function dotsPerParticipant(board: Pick<Board, "meta">): number {
  const dots = board.meta.dotsPerParticipant;
  return Number.isFinite(dots) ? Math.max(0, Math.floor(dots)) : 0;
}

/** Dots a participant has placed on pain points, as stored (may exceed their dots after a merge). */
export function dotsSpent(board: Pick<Board, "notes">, participant: string): number {
  return painNotes(board).reduce((sum, note) => sum + dotsOn(note, participant), 0);
}

/** Dots a participant may still place: never below zero. */
export function dotsLeft(board: Pick<Board, "meta" | "notes">, participant: string): number {
  return Math.max(0, dotsPerParticipant(board) - dotsSpent(board, participant));
}

/**
 * Counted votes per pain note, by note id. Two tabs of one participant can each place dots
 * within the limit and together exceed it once their docs merge, so each participant's dots
 * are counted note by note in id order and stop at `dotsPerParticipant`. Every client reads
 * the same merged doc, so every client gets the same tally, and no tally exceeds the dots.
 */
export function countEffectiveVotes(board: Pick<Board, "meta" | "notes">): {
  byNote: Map<string, number>;
  participants: ParticipantVotes[];
} {
  const budget = dotsPerParticipant(board);
  const byNote = new Map<string, number>();
  const tally = new Map<string, ParticipantVotes>();
  for (const note of painNotes(board)) {
    let counted = 0;
    for (const participant of Object.keys(note.votes ?? {})) {
      const placed = dotsOn(note, participant);
      if (placed === 0) continue;
      let entry = tally.get(participant);
      if (!entry) {
        entry = { participant, placed: 0, counted: 0 };
        tally.set(participant, entry);
      }
      const allowed = Math.min(placed, budget - entry.counted);
      entry.placed += placed;
      entry.counted += allowed;
      counted += allowed;
    }
    byNote.set(note.id, counted);
  }
  const participants = [...tally.values()].sort((a, b) => compareIds(a.participant, b.participant));
  return { byNote, participants };
}

/** The capped tally as plain data: see `countEffectiveVotes` for the rule. */
export function effectiveVotes(board: Pick<Board, "meta" | "notes">): EffectiveVotes {
  const { byNote, participants } = countEffectiveVotes(board);
  return {
    dotsPerParticipant: dotsPerParticipant(board),
    notes: [...byNote].map(([noteId, votes]) => ({ noteId, votes })),
    participants,
    overspent: participants.filter((entry) => entry.placed > entry.counted).map((entry) => entry.participant),
  };
}

/**
 * Whether `participant` may change their dots on a note by `delta` (positive to add, negative
 * to take back). Adding is checked against the dots placed, not the capped tally, so someone
 * who over-spent in two tabs must take dots back before placing new ones.
 */
export function canVote(
  board: Pick<Board, "meta" | "notes">,
  participant: string,
  noteId: string,
  delta: number,
): VoteCheck {
  if (participant.trim() === "") return { ok: false, reason: "Say who is voting first." };
  if (!Number.isInteger(delta) || delta === 0) {
    return { ok: false, reason: "A vote adds or takes back a whole number of dots." };
  }
  const note = board.notes.find((candidate) => candidate.id === noteId);
  if (!note) return { ok: false, reason: "That note no longer exists." };
  if (note.kind !== "pain") return { ok: false, reason: "Only pain points take votes." };
  if (delta > 0) {
    const left = dotsLeft(board, participant);
    if (delta > left) return { ok: false, reason: `You have ${left} ${left === 1 ? "dot" : "dots"} left.` };
    return { ok: true };
  }
  const onNote = dotsOn(note, participant);
  if (onNote + delta < 0) {
    return { ok: false, reason: `You have ${onNote} ${onNote === 1 ? "dot" : "dots"} on this pain point.` };
  }
  return { ok: true };
}
