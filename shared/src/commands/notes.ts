import type * as Y from "yjs";
import { type BoardMaps, getEntity } from "../doc/layout";
import type { Origin } from "../doc/origin";
import { clipLong, clipShort } from "../schema/common";
import { removeNote } from "./cascade";
import {
  ACTION_STATUSES,
  DEFAULT_ACTION_STATUS,
  DUE_DATE_PATTERN,
  type ActionStatus,
  DEFAULT_PAIN_CATEGORY,
  NOTE_KINDS,
  PAIN_CATEGORIES,
  toNoteYMap,
  type NoteKind,
  type NoteTarget,
  type PainCategory,
} from "../schema/note";
import { newId } from "../ids";
import { CommandError } from "./command-error";
import { transact } from "./transact";

function targetExists(maps: BoardMaps, target: NoteTarget): boolean {
  switch (target.type) {
    case "step":
      return maps.steps.has(target.id);
    case "flow":
      return maps.flows.has(target.id);
    case "lane":
      return maps.lanes.has(target.id);
    case "board":
      return true;
    case "note":
      return maps.notes.has(target.id);
    case "agreement":
      return maps.agreements.has(target.id);
  }
}

export interface AddNoteInput {
  kind: NoteKind;
  text: string;
  target: NoteTarget;
  author: string;
  category?: PainCategory;
  /** Actions only. */
  owner?: string;
  due?: string;
  status?: ActionStatus;
  id?: string;
}

/** Sticks a note on a step, flow, lane or the board and returns its id. */
export function addNote(doc: Y.Doc, input: AddNoteInput, origin?: Origin): string {
  return transact(doc, origin, (maps) => {
    if (!NOTE_KINDS.includes(input.kind)) throw new CommandError(`Unknown note kind "${input.kind}".`);
    if (!targetExists(maps, input.target)) throw new CommandError(`The note's ${input.target.type} no longer exists.`);
    if (input.category !== undefined && !PAIN_CATEGORIES.includes(input.category)) {
      throw new CommandError(`Unknown pain category "${input.category}".`);
    }
    const action = input.kind === "action";
    if (action) checkAction(input);
    const id = input.id ?? newId("note");
    const note = toNoteYMap({
      kind: input.kind,
      text: clipLong(input.text),
      target: { type: input.target.type, id: input.target.id },
      author: clipShort(input.author),
      category: input.kind === "pain" ? (input.category ?? DEFAULT_PAIN_CATEGORY) : undefined,
      owner: action ? clipShort(input.owner ?? "") : undefined,
      due: action ? (input.due ?? "") : undefined,
      status: action ? (input.status ?? DEFAULT_ACTION_STATUS) : undefined,
    });
    maps.notes.set(id, note);
    return id;
  });
}

export function setNoteText(doc: Y.Doc, noteId: string, text: string, origin?: Origin): void {
  transact(doc, origin, (maps) => {
    const note = getEntity(maps.notes, noteId);
    if (!note) throw new CommandError(`There is no note "${noteId}".`);
    note.set("text", clipLong(text));
  });
}

/** Deletes a note and the actions raised from it. */
export function deleteNote(doc: Y.Doc, noteId: string, origin?: Origin): void {
  transact(doc, origin, (maps) => removeNote(maps, noteId));
}

export interface ActionFields {
  owner?: string;
  due?: string;
  status?: ActionStatus;
}

function checkAction(fields: ActionFields): void {
  if (fields.due !== undefined && !DUE_DATE_PATTERN.test(fields.due))
    throw new CommandError("A due date looks like 2027-01-31 (or leave it empty).");
  if (fields.status !== undefined && !ACTION_STATUSES.includes(fields.status))
    throw new CommandError(`Unknown action status "${fields.status}".`);
}

/** Edits an action's owner, due date or status; each field merges on its own. */
export function updateAction(doc: Y.Doc, noteId: string, fields: ActionFields, origin?: Origin): void {
  checkAction(fields);
  transact(doc, origin, (maps) => {
    const note = getEntity(maps.notes, noteId);
    if (!note || note.get("kind") !== "action")
      throw new CommandError("Only actions have an owner, a due date and a status.");
    if (fields.owner !== undefined) note.set("owner", clipShort(fields.owner));
    if (fields.due !== undefined) note.set("due", fields.due);
    if (fields.status !== undefined) note.set("status", fields.status);
  });
}

/** Sets what kind of pain a pain point is. */
export function setPainCategory(doc: Y.Doc, noteId: string, category: PainCategory, origin?: Origin): void {
  if (!PAIN_CATEGORIES.includes(category)) throw new CommandError(`Unknown pain category "${category}".`);
  transact(doc, origin, (maps) => {
    const note = getEntity(maps.notes, noteId);
    if (!note || note.get("kind") !== "pain") throw new CommandError("Only pain points have a category.");
    note.set("category", category);
  });
}
