import type { ReviewRecord, ReviewResponse } from "@brownpaper/shared";

/**
 * Review rounds while they are open, and the responses they get, kept on the server: the board
 * doc only ever holds a closed round's aggregates. Every adapter checks a round's state and
 * count in the same step that stores a response or closes it, so a response and a close on
 * different instances cannot both win.
 */
export interface ReviewStore {
  /** Opens a round; `{ open: id }` of the round already open for that agreement instead, if any. */
  openRound(round: NewRound): Promise<{ opened: true } | { opened: false; open: string }>;
  /** The round, if the board has it for that agreement. */
  round(boardId: string, agreementId: string, reviewId: string): Promise<StoredRound | null>;
  /** Stores one response unless the round has closed or already has `max`. */
  addResponse(reviewId: string, response: ReviewResponse, max: number): Promise<AddOutcome>;
  /**
   * Closes an open round with the record `aggregate` makes of its responses, which are then
   * dropped (only the record is kept); a closed round answers the record it closed with.
   * Null when there is no such round.
   */
  closeRound(
    reviewId: string,
    closedAt: string,
    aggregate: (round: StoredRound, responses: ReviewResponse[]) => ReviewRecord,
  ): Promise<{ record: ReviewRecord; written: boolean } | null>;
  /** The closed round's record is in the board doc: a later close need not write it again. */
  markWritten(reviewId: string): Promise<void>;
}

export interface NewRound {
  id: string;
  boardId: string;
  agreementId: string;
  /** ISO timestamp. */
  openedAt: string;
}

export interface StoredRound extends NewRound {
  status: "open" | "closed";
  /** Responses stored so far (what the round closed with, once closed). */
  responses: number;
}

export type AddOutcome = { added: true; responses: number } | { added: false; reason: "closed" | "full" };

/** What a stored row holds as JSON; an adapter's own rows, so a bad one is a bug, not input. */
export function responseFromJson(text: string): ReviewResponse {
  return JSON.parse(text) as ReviewResponse;
}
