import type Database from "better-sqlite3";
import type { ReviewRecord, ReviewResponse } from "@brownpaper/shared";
import { retryWhileBusy } from "../storage/sqlite-busy";
import { responseFromJson, type AddOutcome, type NewRound, type ReviewStore, type StoredRound } from "./review-store";

/**
 * Beside the boards' tables in the same database file, created the way SqliteStore creates
 * its own. No foreign key to boards: a round outlives a deleted board, so its survey can say
 * the board is gone. One open round per agreement, by a partial unique index.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS review_rounds (
    id TEXT PRIMARY KEY,
    board_id TEXT NOT NULL,
    agreement_id TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    closed_at TEXT,
    responses INTEGER NOT NULL DEFAULT 0,
    record TEXT,
    written INTEGER NOT NULL DEFAULT 0
  );
  CREATE UNIQUE INDEX IF NOT EXISTS review_rounds_one_open
    ON review_rounds (board_id, agreement_id) WHERE closed_at IS NULL;
  CREATE TABLE IF NOT EXISTS review_responses (
    review_id TEXT NOT NULL REFERENCES review_rounds(id),
    seq INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (review_id, seq)
  ) WITHOUT ROWID;
`;

interface RoundRow {
  id: string;
  boardId: string;
  agreementId: string;
  openedAt: string;
  closedAt: string | null;
  responses: number;
  record: string | null;
  written: number;
}

const ROUND_COLUMNS =
  "id, board_id AS boardId, agreement_id AS agreementId, opened_at AS openedAt, closed_at AS closedAt, responses, record, written";

function storedRound(row: RoundRow): StoredRound {
  return {
    id: row.id,
    boardId: row.boardId,
    agreementId: row.agreementId,
    openedAt: row.openedAt,
    status: row.closedAt === null ? "open" : "closed",
    responses: row.responses,
  };
}

/**
 * ReviewStore on SqliteStore's connection. better-sqlite3 is synchronous, so each method is
 * one uninterrupted transaction: a response and a close cannot interleave.
 */
/** How long a review write waits, asynchronously, for a lock another connection holds (a large board being written). */
const BUSY_RETRY_MS = 10_000;

export class SqliteReviewStore implements ReviewStore {
  private readonly statements;

  /** Runs a write; while the database is locked, again from a timer, as the board store's writes do. */
  private write<T>(work: () => T): Promise<T> {
    return retryWhileBusy(work, BUSY_RETRY_MS, () => this.db.open);
  }

  constructor(private readonly db: Database.Database) {
    db.exec(SCHEMA);
    this.statements = {
      openFor: db.prepare<[string, string], { id: string }>(
        "SELECT id FROM review_rounds WHERE board_id = ? AND agreement_id = ? AND closed_at IS NULL",
      ),
      insertRound: db.prepare<[string, string, string, string]>(
        "INSERT INTO review_rounds (id, board_id, agreement_id, opened_at) VALUES (?, ?, ?, ?)",
      ),
      round: db.prepare<[string], RoundRow>(`SELECT ${ROUND_COLUMNS} FROM review_rounds WHERE id = ?`),
      insertResponse: db.prepare<[string, number, string]>(
        "INSERT INTO review_responses (review_id, seq, body) VALUES (?, ?, ?)",
      ),
      countResponse: db.prepare<[number, string]>("UPDATE review_rounds SET responses = ? WHERE id = ?"),
      responses: db.prepare<[string], { body: string }>(
        "SELECT body FROM review_responses WHERE review_id = ? ORDER BY seq",
      ),
      close: db.prepare<[string, string, string]>("UPDATE review_rounds SET closed_at = ?, record = ? WHERE id = ?"),
      dropResponses: db.prepare<[string]>("DELETE FROM review_responses WHERE review_id = ?"),
      markWritten: db.prepare<[string]>("UPDATE review_rounds SET written = 1 WHERE id = ?"),
    };
  }

  async openRound(round: NewRound): Promise<{ opened: true } | { opened: false; open: string }> {
    return this.write(() =>
      this.db
        .transaction((): { opened: true } | { opened: false; open: string } => {
          const open = this.statements.openFor.get(round.boardId, round.agreementId);
          if (open) return { opened: false, open: open.id };
          this.statements.insertRound.run(round.id, round.boardId, round.agreementId, round.openedAt);
          return { opened: true };
        })
        .immediate(),
    );
  }

  async round(boardId: string, agreementId: string, reviewId: string): Promise<StoredRound | null> {
    const row = this.statements.round.get(reviewId);
    if (!row || row.boardId !== boardId || row.agreementId !== agreementId) return null;
    return storedRound(row);
  }

  async addResponse(reviewId: string, response: ReviewResponse, max: number): Promise<AddOutcome> {
    return this.write(() =>
      this.db
        .transaction((): AddOutcome => {
          const row = this.statements.round.get(reviewId);
          if (!row || row.closedAt !== null) return { added: false, reason: "closed" };
          if (row.responses >= max) return { added: false, reason: "full" };
          const responses = row.responses + 1;
          this.statements.insertResponse.run(reviewId, responses, JSON.stringify(response));
          this.statements.countResponse.run(responses, reviewId);
          return { added: true, responses };
        })
        .immediate(),
    );
  }

  async closeRound(
    reviewId: string,
    closedAt: string,
    aggregate: (round: StoredRound, responses: ReviewResponse[]) => ReviewRecord,
  ): Promise<{ record: ReviewRecord; written: boolean } | null> {
    return this.write(() =>
      this.db
        .transaction((): { record: ReviewRecord; written: boolean } | null => {
          const row = this.statements.round.get(reviewId);
          if (!row) return null;
          if (row.record !== null)
            return { record: JSON.parse(row.record) as ReviewRecord, written: row.written === 1 };
          const responses = this.statements.responses.all(reviewId).map((stored) => responseFromJson(stored.body));
          const record = aggregate(storedRound(row), responses);
          this.statements.close.run(closedAt, JSON.stringify(record), reviewId);
          this.statements.dropResponses.run(reviewId);
          return { record, written: false };
        })
        .immediate(),
    );
  }

  async markWritten(reviewId: string): Promise<void> {
    await this.write(() => this.statements.markWritten.run(reviewId));
  }
}
