import { Worker } from "node:worker_threads";
import { BoardExistsError } from "./board-store";

/** From this size a new board's first update is written off the main thread. */
export const LARGE_BOARD_BYTES = 1024 * 1024;

type Reply = { id: number; outcome: "created" | "exists" } | { id: number; outcome: "failed"; error: string };

/**
 * Writes the first update of a large new board (an imported file of many megabytes) from a
 * worker thread with a connection of its own. better-sqlite3 is synchronous: on the main
 * thread, inserting 10 MB and fsyncing it held every other board and request for about 200 ms.
 * The worker holds SQLite's write lock meanwhile; the main connection's commits wait for it
 * asynchronously (see sqlite-busy.ts), as they would for any other connection.
 */
export class SqliteBoardWriter {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { resolve: () => void; reject: (error: unknown) => void; boardId: string }
  >();

  constructor(private readonly file: string) {}

  createBoard(boardId: string, initialUpdate: Uint8Array): Promise<void> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, boardId });
      worker.postMessage({ id, boardId, createdAt: Date.now(), update: initialUpdate });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL("./sqlite-board-writer-worker.mjs", import.meta.url), {
      workerData: { file: this.file },
    });
    worker.unref();
    worker.on("message", (reply: Reply) => {
      const job = this.waiting.get(reply.id);
      if (!job) return;
      this.waiting.delete(reply.id);
      if (reply.outcome === "created") job.resolve();
      else if (reply.outcome === "exists") job.reject(new BoardExistsError(job.boardId));
      else
        job.reject(new Error(`Could not store the new board: ${"error" in reply ? reply.error : "no reason given"}`));
    });
    const failAll = (error: unknown) => {
      this.worker = null;
      for (const job of this.waiting.values()) job.reject(error);
      this.waiting.clear();
    };
    worker.on("error", failAll);
    worker.on("exit", (code) => {
      if (this.waiting.size > 0) failAll(new Error(`The board writer stopped (exit ${code}).`));
      this.worker = null;
    });
    this.worker = worker;
    return worker;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
