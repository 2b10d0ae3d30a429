import {
  assertCompactable,
  assertUpdates,
  BoardExistsError,
  BoardNotFoundError,
  SnapshotExistsError,
  type BoardStore,
  type SnapshotInfo,
  type SnapshotUsage,
  type StoredBoard,
  type StoredSnapshot,
} from "./board-store";

interface MemoryRow {
  seq: number;
  data: Uint8Array;
}

/** An in-process BoardStore for tests. Copies bytes in and out, as a real database would. */
export class MemoryStore implements BoardStore {
  private readonly boards = new Map<string, MemoryRow[]>();
  private readonly snapshots = new Map<string, StoredSnapshot[]>();
  private closed = false;

  private rows(boardId: string): MemoryRow[] {
    this.assertOpen();
    const rows = this.boards.get(boardId);
    if (!rows) throw new BoardNotFoundError(boardId);
    return rows;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error("The memory store is closed.");
  }

  async createBoard(boardId: string, initialUpdate: Uint8Array): Promise<void> {
    this.assertOpen();
    if (this.boards.has(boardId)) throw new BoardExistsError(boardId);
    this.boards.set(boardId, [{ seq: 1, data: initialUpdate.slice() }]);
  }

  async boardExists(boardId: string): Promise<boolean> {
    this.assertOpen();
    return this.boards.has(boardId);
  }

  async load(boardId: string): Promise<StoredBoard> {
    const rows = this.rows(boardId);
    return { updates: rows.map((row) => row.data.slice()), lastSeq: rows.at(-1)?.seq ?? 0 };
  }

  append(boardId: string, update: Uint8Array): Promise<number> {
    return this.appendMany(boardId, [update]);
  }

  async appendMany(boardId: string, updates: readonly Uint8Array[]): Promise<number> {
    const rows = this.rows(boardId);
    assertUpdates(boardId, updates);
    let seq = rows.at(-1)?.seq ?? 0;
    for (const update of updates) rows.push({ seq: ++seq, data: update.slice() });
    return seq;
  }

  async compact(boardId: string, merged: Uint8Array, throughSeq: number): Promise<void> {
    const rows = this.rows(boardId);
    assertCompactable(boardId, throughSeq, rows.at(-1)?.seq ?? 0);
    const later = rows.filter((row) => row.seq > throughSeq);
    this.boards.set(boardId, [{ seq: throughSeq, data: merged.slice() }, ...later]);
  }

  async saveSnapshot(boardId: string, snapshot: StoredSnapshot): Promise<void> {
    this.rows(boardId);
    const saved = this.snapshots.get(boardId) ?? [];
    if (saved.some((existing) => existing.id === snapshot.id)) throw new SnapshotExistsError(boardId, snapshot.id);
    saved.push({ ...snapshot, data: snapshot.data.slice() });
    this.snapshots.set(boardId, saved);
  }

  async listSnapshots(boardId: string): Promise<SnapshotInfo[]> {
    this.rows(boardId);
    // Newest first; among equal times the later save first, as SQLite's rowid order gives.
    return (this.snapshots.get(boardId) ?? [])
      .map(({ id, name, author, createdAt }, index) => ({ info: { id, name, author, createdAt }, index }))
      .sort((a, b) => b.info.createdAt - a.info.createdAt || b.index - a.index)
      .map(({ info }) => info);
  }

  async loadSnapshot(boardId: string, snapshotId: string): Promise<StoredSnapshot | null> {
    this.rows(boardId);
    const found = this.snapshots.get(boardId)?.find((snapshot) => snapshot.id === snapshotId);
    return found ? { ...found, data: found.data.slice() } : null;
  }

  async snapshotUsage(boardId: string): Promise<SnapshotUsage> {
    this.rows(boardId);
    const saved = this.snapshots.get(boardId) ?? [];
    return { count: saved.length, bytes: saved.reduce((sum, snapshot) => sum + snapshot.data.byteLength, 0) };
  }

  async healthy(): Promise<boolean> {
    return !this.closed;
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}
