// Runs in a worker thread: writes a new board's first update with a SQLite connection of its
// own, so a multi-megabyte insert and its fsync do not hold the main thread (see
// sqlite-board-writer.ts). Plain JavaScript so that it starts the same way under node, tsx and
// vitest, none of which compile TypeScript inside workers.
import Database from "better-sqlite3";
import { Buffer } from "node:buffer";
import { parentPort, workerData } from "node:worker_threads";

const db = new Database(workerData.file);
// Off the main thread, waiting for the main connection's lock blocks nobody.
db.pragma("busy_timeout = 10000");
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.pragma("foreign_keys = ON");
const exists = db.prepare("SELECT 1 AS found FROM boards WHERE id = ?");
const insertBoard = db.prepare("INSERT INTO boards (id, created_at) VALUES (?, ?)");
const insertUpdate = db.prepare("INSERT INTO updates (board_id, seq, data) VALUES (?, ?, ?)");
const create = db.transaction((boardId, createdAt, update) => {
  if (exists.get(boardId)) return "exists";
  insertBoard.run(boardId, createdAt);
  insertUpdate.run(boardId, 1, update);
  return "created";
});

parentPort.on("message", ({ id, boardId, createdAt, update }) => {
  try {
    const outcome = create.immediate(
      boardId,
      createdAt,
      Buffer.from(update.buffer, update.byteOffset, update.byteLength),
    );
    parentPort.postMessage({ id, outcome });
  } catch (error) {
    parentPort.postMessage({ id, outcome: "failed", error: error instanceof Error ? error.message : String(error) });
  }
});
