import type * as Y from "yjs";
import { type BoardMaps, getEntity } from "../doc/layout";
import type { Origin } from "../doc/origin";
import { clipLong, clipShort } from "../schema/common";
import {
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
  }
}

export interface AddNoteInput {
  kind: NoteKind;
  text: string;
  target: NoteTarget;
  author: string;
  category?: PainCategory;
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
    const id = input.id ?? newId("note");
    const note = toNoteYMap({
      kind: input.kind,
      text: clipLong(input.text),
      target: { type: input.target.type, id: input.target.id },
      author: clipShort(input.author),
      category: input.kind === "pain" ? (input.category ?? DEFAULT_PAIN_CATEGORY) : undefined,
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

export function deleteNote(doc: Y.Doc, noteId: string, origin?: Origin): void {
  transact(doc, origin, (maps) => {
    maps.notes.delete(noteId);
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
