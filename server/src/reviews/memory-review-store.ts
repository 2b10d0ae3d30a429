import type { ReviewRecord, ReviewResponse } from "@brownpaper/shared";
import type { AddOutcome, NewRound, ReviewStore, StoredRound } from "./review-store";

interface Round {
  info: NewRound;
  closedAt: string | null;
  responses: ReviewResponse[];
  record: ReviewRecord | null;
  written: boolean;
}

/** ReviewStore in memory, for a server whose boards are in memory too (tests bringing their own BoardStore). */
export class MemoryReviewStore implements ReviewStore {
  private readonly rounds = new Map<string, Round>();

  async openRound(round: NewRound): Promise<{ opened: true } | { opened: false; open: string }> {
    for (const existing of this.rounds.values()) {
      const { boardId, agreementId, id } = existing.info;
      if (existing.closedAt === null && boardId === round.boardId && agreementId === round.agreementId)
        return { opened: false, open: id };
    }
    this.rounds.set(round.id, { info: { ...round }, closedAt: null, responses: [], record: null, written: false });
    return { opened: true };
  }

  async round(boardId: string, agreementId: string, reviewId: string): Promise<StoredRound | null> {
    const round = this.rounds.get(reviewId);
    if (!round || round.info.boardId !== boardId || round.info.agreementId !== agreementId) return null;
    return this.stored(round);
  }

  async addResponse(reviewId: string, response: ReviewResponse, max: number): Promise<AddOutcome> {
    const round = this.rounds.get(reviewId);
    if (!round || round.closedAt !== null) return { added: false, reason: "closed" };
    if (round.responses.length >= max) return { added: false, reason: "full" };
    round.responses.push(structuredClone(response));
    return { added: true, responses: round.responses.length };
  }

  async closeRound(
    reviewId: string,
    closedAt: string,
    aggregate: (round: StoredRound, responses: ReviewResponse[]) => ReviewRecord,
  ): Promise<{ record: ReviewRecord; written: boolean } | null> {
    const round = this.rounds.get(reviewId);
    if (!round) return null;
    if (round.record === null) {
      round.record = aggregate(this.stored(round), round.responses);
      round.closedAt = closedAt;
      round.responses = [];
    }
    return { record: round.record, written: round.written };
  }

  async markWritten(reviewId: string): Promise<void> {
    const round = this.rounds.get(reviewId);
    if (round) round.written = true;
  }

  private stored(round: Round): StoredRound {
    return {
      ...round.info,
      status: round.closedAt === null ? "open" : "closed",
      responses: round.record?.responses ?? round.responses.length,
    };
  }
}
