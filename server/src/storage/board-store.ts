/**
 * Where boards live between restarts: an append-only log of Yjs updates per board, folded
 * into one row now and then by `compact`. Async so a network database can implement it.
 */
export interface BoardStore {
  /** Registers a board with its first update (stored as seq 1). Throws BoardExistsError. */
  createBoard(boardId: string, initialUpdate: Uint8Array): Promise<void>;
  boardExists(boardId: string): Promise<boolean>;
  /** Every stored update in seq order, and the highest seq (0 when none). Throws BoardNotFoundError. */
  load(boardId: string): Promise<StoredBoard>;
  /** Stores one update after all others and returns its seq; appendMany with one update. */
  append(boardId: string, update: Uint8Array): Promise<number>;
  /**
   * Stores updates after all others, in the order given, at consecutive seqs, all or none, and
   * returns the last seq. Throws BoardNotFoundError, or RangeError for an empty list.
   */
  appendMany(boardId: string, updates: readonly Uint8Array[]): Promise<number>;
  /**
   * Replaces the rows with seq ≤ throughSeq by one row (at throughSeq) holding `merged`, in one
   * atomic step. Rows written after throughSeq survive untouched.
   */
  compact(boardId: string, merged: Uint8Array, throughSeq: number): Promise<void>;
  /** Keeps a named copy of the board beside its log. Throws BoardNotFoundError, or SnapshotExistsError for a taken id. */
  saveSnapshot(boardId: string, snapshot: StoredSnapshot): Promise<void>;
  /** The board's snapshots without their data, newest first. Throws BoardNotFoundError. */
  listSnapshots(boardId: string): Promise<SnapshotInfo[]>;
  /** One snapshot with its data, or null when the board has no such snapshot. Throws BoardNotFoundError. */
  loadSnapshot(boardId: string, snapshotId: string): Promise<StoredSnapshot | null>;
  /** How many snapshots the board keeps and their data's bytes, for its quota. Throws BoardNotFoundError. */
  snapshotUsage(boardId: string): Promise<SnapshotUsage>;
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}

export interface StoredBoard {
  updates: Uint8Array[];
  lastSeq: number;
}

export interface SnapshotUsage {
  count: number;
  bytes: number;
}

export interface SnapshotInfo {
  id: string;
  name: string;
  author: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
}

/**
 * A snapshot as stored: `data` is the board's interchange JSON (UTF-8), not a Yjs update. An
 * old Yjs state applied to a doc that has moved on changes nothing (its items are already
 * there, later deletions win), so restoring needs the content, replayed as a fresh edit; the
 * interchange file is that content, versioned and validated on the way back in, and readable
 * by other tools.
 */
export interface StoredSnapshot extends SnapshotInfo {
  data: Uint8Array;
}

export class BoardNotFoundError extends Error {
  override name = "BoardNotFoundError";
  constructor(readonly boardId: string) {
    super(`There is no board "${boardId}".`);
  }
}

export class BoardExistsError extends Error {
  override name = "BoardExistsError";
  constructor(readonly boardId: string) {
    super(`A board "${boardId}" already exists.`);
  }
}

export class SnapshotExistsError extends Error {
  override name = "SnapshotExistsError";
  constructor(
    readonly boardId: string,
    readonly snapshotId: string,
  ) {
    super(`Board "${boardId}" already has a snapshot "${snapshotId}".`);
  }
}

/** Checks a compaction request against what is stored; shared by the adapters. */
export function assertCompactable(boardId: string, throughSeq: number, lastSeq: number): void {
  if (!Number.isInteger(throughSeq) || throughSeq < 1 || throughSeq > lastSeq) {
    throw new RangeError(`Cannot compact board "${boardId}" through seq ${throughSeq}: stored seqs end at ${lastSeq}.`);
  }
}

/** Refuses an empty batch, which has no last seq to return; shared by the adapters. */
export function assertUpdates(boardId: string, updates: readonly Uint8Array[]): void {
  if (updates.length === 0)
    throw new RangeError(`Nothing to append to board "${boardId}": the list of updates is empty.`);
}
