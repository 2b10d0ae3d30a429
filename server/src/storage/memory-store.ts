import { assertCompactable, BoardExistsError, BoardNotFoundError, type BoardStore, type StoredBoard } from "./board-store";

interface MemoryRow {
  seq: number;
  data: Uint8Array;
}

/** An in-process BoardStore for tests. Copies bytes in and out, as a real database would. */
export class MemoryStore implements BoardStore {
  private readonly boards = new Map<string, MemoryRow[]>();
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

  async append(boardId: string, update: Uint8Array): Promise<number> {
    const rows = this.rows(boardId);
    const seq = (rows.at(-1)?.seq ?? 0) + 1;
    rows.push({ seq, data: update.slice() });
    return seq;
  }

  async compact(boardId: string, merged: Uint8Array, throughSeq: number): Promise<void> {
    const rows = this.rows(boardId);
    assertCompactable(boardId, throughSeq, rows.at(-1)?.seq ?? 0);
    const later = rows.filter((row) => row.seq > throughSeq);
    this.boards.set(boardId, [{ seq: throughSeq, data: merged.slice() }, ...later]);
  }

  async healthy(): Promise<boolean> {
    return !this.closed;
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}
