import { z } from "zod";
import { idSchema, longText, shortText, type Scope } from "./common";

export const NOTE_KINDS = ["responsibility", "pain", "idea", "question", "comment"] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const NOTE_TARGET_TYPES = ["step", "flow", "lane", "board"] as const;
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

export interface NoteTarget {
  type: NoteTargetType;
  /** The target's id; for `board` targets, the board itself (any string, conventionally "board"). */
  id: string;
}

/** A sticky note on a step, flow, lane or the board. Pain points carry a category and dot votes. */
export interface Note {
  id: string;
  kind: NoteKind;
  text: string;
  target: NoteTarget;
  author: string;
  category?: PainCategory;
  /** participant → dots they put on this pain point. */
  votes?: Record<string, number>;
}

export const noteScope: Scope = "document";

export const noteSchema = z.object({
  id: idSchema,
  kind: z.enum(NOTE_KINDS),
  text: longText,
  target: z.object({ type: z.enum(NOTE_TARGET_TYPES), id: idSchema }),
  author: shortText,
  category: z.enum(PAIN_CATEGORIES).optional(),
  votes: z.record(shortText, z.number().int().min(0).max(1000)).optional(),
});
