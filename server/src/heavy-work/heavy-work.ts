import type { Logger } from "../logger";
import { HttpError } from "../http/respond";
import type { BoardStore } from "../storage/board-store";
import type { Rooms } from "../sync/rooms";
import { boardFromBody, type NewBoard } from "./board-from-body";
import { ExportCache } from "./export-cache";
import { HeavyWorkPool, type HeavyWorkLimits } from "./heavy-work-pool";
import type { WorkOutcome } from "./outcome";
import type { CsvTable, ExportResource, RenderedExport } from "./render-export";

export interface HeavyWorkSettings extends HeavyWorkLimits {
  /** Memory for finished exports, by board version. */
  exportCacheBytes: number;
}

/**
 * A body this small is made into a board on the main thread: a blank or titled board, or a
 * small file, costs less there than the hop to a worker (a 32 KiB file is ~10 ms of work).
 */
const INLINE_BODY_BYTES = 32 * 1024;

function settled<T>(outcome: WorkOutcome<T>): T {
  if (!outcome.ok) throw new HttpError(outcome.status, outcome.message);
  return outcome.value;
}

/** A buffer the worker may take over: one that owns its whole ArrayBuffer (not a slice of Node's pool). */
function ownedBuffer(bytes: Uint8Array): ArrayBuffer[] {
  const { buffer } = bytes;
  return buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength
    ? [buffer]
    : [];
}

/** Imports, validation and exports, off the main thread, bounded, and exports cached per board version. */
export class HeavyWork {
  private readonly pool: HeavyWorkPool;
  private readonly exports: ExportCache<RenderedExport>;

  constructor(settings: HeavyWorkSettings, logger: Logger) {
    this.pool = new HeavyWorkPool(settings, logger);
    this.exports = new ExportCache(settings.exportCacheBytes);
  }

  /** The board a `POST /api/boards` body asks for, as its first stored update. The body is handed over: do not reuse it. */
  async createBoard(body: Uint8Array, contentType: string | undefined): Promise<NewBoard> {
    if (body.byteLength <= INLINE_BODY_BYTES) return settled(boardFromBody(body, contentType));
    return settled(await this.pool.run({ kind: "create-board", body, contentType }, ownedBuffer(body)));
  }

  /**
   * One export of a board as it is now: what its room holds is stored first, then the stored
   * log is the version (its last seq) and what the worker renders from.
   */
  async exportBoard(
    boardId: string,
    resource: ExportResource,
    table: CsvTable | undefined,
    deps: { store: BoardStore; rooms: Rooms },
  ): Promise<RenderedExport> {
    await deps.rooms.peek(boardId)?.flush();
    const stored = await deps.store.load(boardId);
    const slot = `${boardId}\n${resource}\n${table ?? ""}`;
    const version = `${stored.lastSeq}:${stored.updates.length}`;
    return this.exports.get(slot, version, async () =>
      settled(await this.pool.run({ kind: "export", boardId, resource, table, updates: stored.updates })),
    );
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
