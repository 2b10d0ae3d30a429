import * as Y from "yjs";
import { z } from "zod";
import { isYMap, oneOf, optionalOneOf, str } from "../doc/coerce";
import { ROOT, toYMap, type EntityMap } from "../doc/layout";
import { idSchema, longText, shortText, type EntityModule } from "./common";

export const NOTE_KINDS = ["responsibility", "pain", "idea", "question", "comment", "action"] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** `note`: an action raised from a pain point; `agreement`: one raised in a service agreement's review. */
export const NOTE_TARGET_TYPES = ["step", "flow", "lane", "board", "note", "agreement"] as const;
export type NoteTargetType = (typeof NOTE_TARGET_TYPES)[number];

export const PAIN_CATEGORIES = [
  "waiting",
  "rework",
  "handover-error",
  "unclear-need",
  "no-agreement",
  "silo",
  "distraction",
  "other",
] as const;
export type PainCategory = (typeof PAIN_CATEGORIES)[number];

export const noteEntity: EntityModule = { root: ROOT.notes, scope: "document", storage: "records" };

export const DEFAULT_NOTE_KIND: NoteKind = "comment";
/** The category a new pain point gets when none is given. */
export const DEFAULT_PAIN_CATEGORY: PainCategory = "other";
/** The id of the board as a note's target (any string is accepted in files). */
export const BOARD_TARGET_ID = "board";
export const MAX_DOTS_ON_NOTE = 1000;

/** Where an action stands. A new action is open. */
export const ACTION_STATUSES = ["open", "doing", "done"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const DEFAULT_ACTION_STATUS: ActionStatus = "open";
/** An action's due date: YYYY-MM-DD, or empty for none. */
export const DUE_DATE_PATTERN = /^(\d{4}-\d{2}-\d{2})?$/;

export const noteSchema = z.object({
  id: idSchema,
  kind: z.enum(NOTE_KINDS),
  text: longText,
  target: z.object({
    type: z.enum(NOTE_TARGET_TYPES),
    /** The target's id; for `board` targets, the board itself (any string, conventionally "board"). */
    id: idSchema,
  }),
  author: shortText,
  category: z.enum(PAIN_CATEGORIES).optional(),
  /** participant → dots they put on this pain point. */
  votes: z.record(shortText, z.number().int().min(0).max(MAX_DOTS_ON_NOTE)).optional(),
  /** Actions: who will do it (a name or a role, free text), by when, and where it stands. */
  owner: shortText.optional(),
  due: z.string().regex(DUE_DATE_PATTERN, "must be a date like 2027-01-31 or empty").optional(),
  status: z.enum(ACTION_STATUSES).optional(),
});

/**
 * A sticky note on a step, flow, lane or the board, or an action raised from a pain point or an
 * agreement. Pain points carry a category and dot votes; actions an owner, a due date and a status.
 */
export type Note = z.output<typeof noteSchema>;
export type NoteTarget = Note["target"];

function readVotes(votes: Y.Map<unknown>): Record<string, number> {
  // No prototype: a participant named "__proto__" or "constructor" is just a name.
  const record: Record<string, number> = Object.create(null);
  for (const participant of [...votes.keys()].sort()) {
    const dots = votes.get(participant);
    if (typeof dots === "number" && Number.isInteger(dots) && dots > 0) record[participant] = dots;
  }
  return record;
}

/** Reads a note from its Y.Map; only whole, positive dot counts are votes. */
export function readNote(id: string, map: Y.Map<unknown>): Note {
  const note: Note = {
    id,
    kind: oneOf(map, "kind", NOTE_KINDS, DEFAULT_NOTE_KIND),
    text: str(map, "text"),
    target: {
      type: oneOf(map, "targetType", NOTE_TARGET_TYPES, "board"),
      id: str(map, "targetId", BOARD_TARGET_ID),
    },
    author: str(map, "author"),
  };
  const category = optionalOneOf(map, "category", PAIN_CATEGORIES);
  if (category !== undefined) note.category = category;
  if (note.kind === "action") {
    const due = str(map, "due");
    note.owner = str(map, "owner");
    note.due = DUE_DATE_PATTERN.test(due) ? due : "";
    note.status = oneOf(map, "status", ACTION_STATUSES, DEFAULT_ACTION_STATUS);
  }
  const votes = map.get("votes");
  if (isYMap(votes)) note.votes = readVotes(votes);
  return note;
}

/**
 * The Y.Map of a new note, read back by `readNote`. A pain point always gets a votes map, so
 * participants voting at once each write their own entry of the same map.
 */
export function toNoteYMap(note: Omit<Note, "id">): EntityMap {
  const map = toYMap({
    kind: note.kind,
    text: note.text,
    targetType: note.target.type,
    targetId: note.target.id,
    author: note.author,
    category: note.category,
    owner: note.owner,
    due: note.due,
    status: note.status,
  });
  if (note.votes !== undefined || note.kind === "pain") {
    const votes = new Y.Map<number>();
    for (const [participant, dots] of Object.entries(note.votes ?? {})) votes.set(participant, dots);
    map.set("votes", votes);
  }
  return map;
}
