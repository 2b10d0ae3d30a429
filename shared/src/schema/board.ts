import { z } from "zod";
import { shortText, longText, type Scope } from "./common";

export const BOARD_STATES = ["as-is", "to-be"] as const;
export type BoardState = (typeof BOARD_STATES)[number];

export const DEFAULT_DOTS_PER_PARTICIPANT = 3;

/** Board-level metadata: what the map is about. */
export interface BoardMeta {
  title: string;
  scope: { trigger: string; outcome: string };
  state: BoardState;
  dotsPerParticipant: number;
}

export const boardMetaScope: Scope = "document";

export const boardMetaShape = {
  title: shortText,
  scope: z
    .object({ trigger: longText.default(""), outcome: longText.default("") })
    .default({ trigger: "", outcome: "" }),
  state: z.enum(BOARD_STATES).default("as-is"),
  dotsPerParticipant: z.number().int().min(0).max(100).default(DEFAULT_DOTS_PER_PARTICIPANT),
};

export function defaultBoardMeta(title = "Untitled process"): BoardMeta {
  return {
    title,
    scope: { trigger: "", outcome: "" },
    state: "as-is",
    dotsPerParticipant: DEFAULT_DOTS_PER_PARTICIPANT,
  };
}
