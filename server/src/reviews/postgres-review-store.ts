import type pg from "pg";
import type { ReviewRecord, ReviewResponse } from "@brownpaper/shared";
import { responseFromJson, type AddOutcome, type NewRound, type ReviewStore, type StoredRound } from "./review-store";
import { inTransaction } from "../storage/postgres-transaction";

interface RoundRow {
  id: string;
  board_id: string;
  agreement_id: string;
  opened_at: string;
  closed_at: string | null;
  responses: number;
  record: string | null;
  written: boolean;
}

function storedRound(row: RoundRow): StoredRound {
  return {
    id: row.id,
    boardId: row.board_id,
    agreementId: row.agreement_id,
    openedAt: row.opened_at,
    status: row.closed_at === null ? "open" : "closed",
    responses: row.responses,
  };
}

const UNIQUE_VIOLATION = "23505";

/**
 * ReviewStore on PostgresStore's pool, shared by every instance. A response and a close both
 * lock the round's row first (FOR UPDATE), so whichever comes second sees what the first did:
 * a response counts in the close it came before, or is refused as too late.
 */
export class PostgresReviewStore implements ReviewStore {
  constructor(private readonly pool: pg.Pool) {}

  private transaction<T>(run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, run);
  }

  private async lockRound(client: pg.ClientBase, reviewId: string): Promise<RoundRow | undefined> {
    return (await client.query<RoundRow>("SELECT * FROM review_rounds WHERE id = $1 FOR UPDATE", [reviewId])).rows[0];
  }

  async openRound(round: NewRound): Promise<{ opened: true } | { opened: false; open: string }> {
    const openFor = async (): Promise<string | undefined> =>
      (
        await this.pool.query<{ id: string }>(
          "SELECT id FROM review_rounds WHERE board_id = $1 AND agreement_id = $2 AND closed_at IS NULL",
          [round.boardId, round.agreementId],
        )
      ).rows[0]?.id;
    try {
      const inserted = await this.pool.query(
        "INSERT INTO review_rounds (id, board_id, agreement_id, opened_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        [round.id, round.boardId, round.agreementId, round.openedAt],
      );
      if (inserted.rowCount === 1) return { opened: true };
    } catch (error) {
      if ((error as { code?: unknown }).code !== UNIQUE_VIOLATION) throw error;
    }
    const open = await openFor();
    if (open === undefined) throw new Error(`Review round "${round.id}" could not be opened.`);
    return { opened: false, open };
  }

  async round(boardId: string, agreementId: string, reviewId: string): Promise<StoredRound | null> {
    const row = (await this.pool.query<RoundRow>("SELECT * FROM review_rounds WHERE id = $1", [reviewId])).rows[0];
    if (!row || row.board_id !== boardId || row.agreement_id !== agreementId) return null;
    return storedRound(row);
  }

  async addResponse(reviewId: string, response: ReviewResponse, max: number): Promise<AddOutcome> {
    return this.transaction(async (client): Promise<AddOutcome> => {
      const row = await this.lockRound(client, reviewId);
      if (!row || row.closed_at !== null) return { added: false, reason: "closed" };
      if (row.responses >= max) return { added: false, reason: "full" };
      const responses = row.responses + 1;
      await client.query("INSERT INTO review_responses (review_id, seq, body) VALUES ($1, $2, $3)", [
        reviewId,
        responses,
        JSON.stringify(response),
      ]);
      await client.query("UPDATE review_rounds SET responses = $1 WHERE id = $2", [responses, reviewId]);
      return { added: true, responses };
    });
  }

  async closeRound(
    reviewId: string,
    closedAt: string,
    aggregate: (round: StoredRound, responses: ReviewResponse[]) => ReviewRecord,
  ): Promise<{ record: ReviewRecord; written: boolean } | null> {
    return this.transaction(async (client) => {
      const row = await this.lockRound(client, reviewId);
      if (!row) return null;
      if (row.record !== null) return { record: JSON.parse(row.record) as ReviewRecord, written: row.written };
      const stored = await client.query<{ body: string }>(
        "SELECT body FROM review_responses WHERE review_id = $1 ORDER BY seq",
        [reviewId],
      );
      const record = aggregate(
        storedRound(row),
        stored.rows.map((response) => responseFromJson(response.body)),
      );
      await client.query("UPDATE review_rounds SET closed_at = $1, record = $2 WHERE id = $3", [
        closedAt,
        JSON.stringify(record),
        reviewId,
      ]);
      await client.query("DELETE FROM review_responses WHERE review_id = $1", [reviewId]);
      return { record, written: false };
    });
  }

  async markWritten(reviewId: string): Promise<void> {
    await this.pool.query("UPDATE review_rounds SET written = TRUE WHERE id = $1", [reviewId]);
  }
}
