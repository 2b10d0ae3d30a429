import type { BoardStore } from "../storage/board-store";
import { PostgresStore } from "../storage/postgres-store";
import { SqliteStore } from "../storage/sqlite-store";
import { MemoryReviewStore } from "./memory-review-store";
import { PostgresReviewStore } from "./postgres-review-store";
import type { ReviewStore } from "./review-store";
import { SqliteReviewStore } from "./sqlite-review-store";

/** Review rounds live where the boards do: the same SQLite file or PostgreSQL schema; in memory beside any other store. */
export function reviewStoreFor(store: BoardStore): ReviewStore {
  if (store instanceof SqliteStore) return new SqliteReviewStore(store.database);
  if (store instanceof PostgresStore) return new PostgresReviewStore(store.database);
  return new MemoryReviewStore();
}
