import type * as Y from "yjs";
import { z } from "zod";
import { num, oneOf, str } from "../doc/coerce";
import { META, ROOT } from "../doc/layout";
import { longText, shortText, type EntityModule } from "./common";

export const BOARD_STATES = ["as-is", "to-be"] as const;
export type BoardState = (typeof BOARD_STATES)[number];

/** The board's own fields: one map of named fields (`META`), not a map per entity. */
export const boardMetaEntity: EntityModule = { root: ROOT.meta, scope: "document", storage: "fields" };

export const DEFAULT_BOARD_TITLE = "Untitled process";
export const DEFAULT_BOARD_STATE: BoardState = "as-is";
export const DEFAULT_DOTS_PER_PARTICIPANT = 3;
export const MAX_DOTS_PER_PARTICIPANT = 100;

/** Board-level metadata: what the map is about. */
export const boardMetaSchema = z.object({
  title: shortText,
  scope: z
    .object({ trigger: longText.default(""), outcome: longText.default("") })
    .default({ trigger: "", outcome: "" }),
  state: z.enum(BOARD_STATES).default(DEFAULT_BOARD_STATE),
  dotsPerParticipant: z.number().int().min(0).max(MAX_DOTS_PER_PARTICIPANT).default(DEFAULT_DOTS_PER_PARTICIPANT),
});

export type BoardMeta = z.output<typeof boardMetaSchema>;

/** The metadata as read from the doc: the file's fields plus the doc's own bookkeeping. */
export interface BoardMetaRecord extends BoardMeta {
  schemaVersion: number;
  votesHidden: boolean;
}

export function defaultBoardMeta(title = DEFAULT_BOARD_TITLE): BoardMeta {
  return {
    title,
    scope: { trigger: "", outcome: "" },
    state: DEFAULT_BOARD_STATE,
    dotsPerParticipant: DEFAULT_DOTS_PER_PARTICIPANT,
  };
}

/** Reads the `meta` map; fields of the wrong type read as their defaults. */
export function readMeta(meta: Y.Map<unknown>): BoardMetaRecord {
  return {
    title: str(meta, META.title, DEFAULT_BOARD_TITLE),
    scope: { trigger: str(meta, META.trigger), outcome: str(meta, META.outcome) },
    state: oneOf(meta, META.state, BOARD_STATES, DEFAULT_BOARD_STATE),
    dotsPerParticipant: num(meta, META.dotsPerParticipant, DEFAULT_DOTS_PER_PARTICIPANT),
    schemaVersion: num(meta, META.schemaVersion, 0),
    votesHidden: meta.get(META.votesHidden) === true,
  };
}

/** Writes the file's metadata into the `meta` map, leaving the doc's bookkeeping (schema version, hidden votes) alone. */
export function writeMeta(meta: Y.Map<unknown>, fields: BoardMeta): void {
  meta.set(META.title, fields.title);
  meta.set(META.trigger, fields.scope.trigger);
  meta.set(META.outcome, fields.scope.outcome);
  meta.set(META.state, fields.state);
  meta.set(META.dotsPerParticipant, fields.dotsPerParticipant);
}
