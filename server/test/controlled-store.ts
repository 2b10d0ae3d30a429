import type { BoardStore, SnapshotInfo, SnapshotUsage, StoredBoard, StoredSnapshot } from "../src/storage/board-store";

/** A BoardStore wrapper whose appends and loads a test can slow down, hold or break. */
export class ControlledStore implements BoardStore {
  appendDelayMs = 0;
  failAppends = false;
  unhealthy = false;
  appendCalls = 0;
  appendsCompleted = 0;
  loadCalls = 0;
  /** Compactions wait this long between being asked and writing, so appends can race them. */
  compactDelayMs = 0;
  compactsCompleted = 0;
  /** While set, loads wait for it. */
  loadGate: Promise<void> | null = null;

  constructor(readonly inner: BoardStore) {}

  createBoard(boardId: string, initialUpdate: Uint8Array): Promise<void> {
    return this.inner.createBoard(boardId, initialUpdate);
  }

  boardExists(boardId: string): Promise<boolean> {
    return this.inner.boardExists(boardId);
  }

  async load(boardId: string): Promise<StoredBoard> {
    this.loadCalls++;
    if (this.loadGate) await this.loadGate;
    return this.inner.load(boardId);
  }

  append(boardId: string, update: Uint8Array): Promise<number> {
    return this.appendMany(boardId, [update]);
  }

  /** Counts calls in appendCalls, and stored updates in appendsCompleted. */
  async appendMany(boardId: string, updates: readonly Uint8Array[]): Promise<number> {
    this.appendCalls++;
    if (this.appendDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.appendDelayMs));
    if (this.failAppends) throw new Error("disk full (simulated)");
    const seq = await this.inner.appendMany(boardId, updates);
    this.appendsCompleted += updates.length;
    return seq;
  }

  async compact(boardId: string, merged: Uint8Array, throughSeq: number): Promise<void> {
    if (this.compactDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.compactDelayMs));
    await this.inner.compact(boardId, merged, throughSeq);
    this.compactsCompleted++;
  }

  saveSnapshot(boardId: string, snapshot: StoredSnapshot): Promise<void> {
    return this.inner.saveSnapshot(boardId, snapshot);
  }

  listSnapshots(boardId: string): Promise<SnapshotInfo[]> {
    return this.inner.listSnapshots(boardId);
  }

  loadSnapshot(boardId: string, snapshotId: string): Promise<StoredSnapshot | null> {
    return this.inner.loadSnapshot(boardId, snapshotId);
  }

  snapshotUsage(boardId: string): Promise<SnapshotUsage> {
    return this.inner.snapshotUsage(boardId);
  }

  async healthy(): Promise<boolean> {
    return !this.unhealthy && (await this.inner.healthy());
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
