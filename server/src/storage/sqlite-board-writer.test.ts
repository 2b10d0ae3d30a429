import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { tempDir } from "../../test/test-server";
import { BoardExistsError } from "./board-store";
import { LARGE_BOARD_BYTES } from "./sqlite-board-writer";
import { SqliteStore } from "./sqlite-store";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function store(): SqliteStore {
  const dir = tempDir("brownpaper-sqlite-writer-");
  dirs.push(dir);
  return SqliteStore.inDirectory(dir);
}

describe("a large new board on SQLite", () => {
  it("is written while the main thread keeps turning, and loads back byte for byte", async () => {
    const sqlite = store();
    try {
      const update = new Uint8Array(randomBytes(LARGE_BOARD_BYTES * 4));
      let turns = 0;
      const tick = setInterval(() => turns++, 0);
      await sqlite.createBoard("big", update);
      clearInterval(tick);
      // Written on the main thread, the insert and its fsync ran before any timer could fire.
      expect(turns).toBeGreaterThan(0);
      const loaded = await sqlite.load("big");
      expect(loaded.lastSeq).toBe(1);
      expect(Buffer.compare(Buffer.from(loaded.updates[0]!), Buffer.from(update))).toBe(0);
      expect(await sqlite.append("big", new Uint8Array([1, 2, 3]))).toBe(2);
    } finally {
      await sqlite.close();
    }
  });

  it("is refused like any other when the id is taken, and small boards are written as before", async () => {
    const sqlite = store();
    try {
      await sqlite.createBoard("small", new Uint8Array([0, 0]));
      const big = new Uint8Array(LARGE_BOARD_BYTES);
      await expect(sqlite.createBoard("small", big)).rejects.toBeInstanceOf(BoardExistsError);
      await sqlite.createBoard("big", big);
      expect(await sqlite.boardExists("big")).toBe(true);
    } finally {
      await sqlite.close();
    }
  });
});
