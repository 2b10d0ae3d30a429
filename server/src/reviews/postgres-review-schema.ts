/**
 * Schema step adding review rounds (see SqliteReviewStore for why there is no foreign key to
 * boards). One open round per agreement, by a partial unique index. Shipped: never change it.
 */
export const REVIEW_ROUNDS_MIGRATION = `
  CREATE TABLE review_rounds (
    id TEXT PRIMARY KEY,
    board_id TEXT NOT NULL,
    agreement_id TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    closed_at TEXT,
    responses INTEGER NOT NULL DEFAULT 0,
    record TEXT,
    written BOOLEAN NOT NULL DEFAULT FALSE
  );
  CREATE UNIQUE INDEX review_rounds_one_open ON review_rounds (board_id, agreement_id) WHERE closed_at IS NULL;
  CREATE TABLE review_responses (
    review_id TEXT NOT NULL REFERENCES review_rounds(id),
    seq INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (review_id, seq)
  );
`;
