import type { IncomingMessage, ServerResponse } from "node:http";
import { canEdit, newId } from "@brownpaper/shared";
import type { HttpLimits } from "../config";
import type { SnapshotInfo } from "../storage/board-store";
import { authorise, type BoardRouteDeps } from "./board-routes";
import type { DiskFloor } from "./disk-space";
import type { OneAtATime } from "./one-at-a-time";
import { HttpError, readBody, sendJson } from "./respond";

const MAX_NAME_LENGTH = 120;
const MAX_AUTHOR_LENGTH = 80;
const MAX_REQUEST_BYTES = 16 * 1024;
const SNAPSHOT_ID_PATTERN = /^s_[0-9a-z]{12}$/;

function textField(body: Record<string, unknown>, field: string, max: number, required: boolean): string {
  const value = body[field];
  if (value === undefined && !required) return "";
  if (typeof value !== "string") throw new HttpError(400, `${field}: must be text`);
  const trimmed = value.trim();
  if (required && trimmed === "") throw new HttpError(400, `${field}: must not be empty`);
  if (trimmed.length > max) throw new HttpError(400, `${field}: at most ${max} characters`);
  return trimmed;
}

function parseRequest(body: Buffer): { name: string; author: string } {
  let input: unknown;
  try {
    input = JSON.parse(body.toString("utf8"));
  } catch {
    throw new HttpError(400, 'Send {"name": …, "author": …} as JSON.');
  }
  if (typeof input !== "object" || input === null || Array.isArray(input))
    throw new HttpError(400, 'Send {"name": …, "author": …} as JSON.');
  const record = input as Record<string, unknown>;
  return {
    name: textField(record, "name", MAX_NAME_LENGTH, true),
    author: textField(record, "author", MAX_AUTHOR_LENGTH, false),
  };
}

export interface SnapshotQuotaDeps {
  limits: Pick<HttpLimits, "maxSnapshotsPerBoard" | "maxSnapshotBytesPerBoard">;
  diskFloor: DiskFloor;
  /** Snapshots of one board are saved one at a time, so two at once cannot both pass its quota. */
  snapshotSaves: OneAtATime;
}

/**
 * `POST /api/boards/:id/snapshots` with an edit or facilitator link: keeps the board as it is
 * now on the server (not as the client says it is) under a name. Answers the snapshot's info.
 * A board keeps at most MAX_SNAPSHOTS_PER_BOARD snapshots (409) of MAX_SNAPSHOT_BYTES_PER_BOARD
 * bytes in all (413); under the disk floor nothing is saved (507).
 */
export async function saveSnapshot(
  req: IncomingMessage,
  res: ServerResponse,
  boardId: string,
  deps: BoardRouteDeps & SnapshotQuotaDeps,
): Promise<void> {
  const role = await authorise(req, boardId, deps);
  if (!canEdit(role)) throw new HttpError(403, "A view link cannot save snapshots.");
  const { name, author } = parseRequest(await readBody(req, MAX_REQUEST_BYTES));
  const info = await deps.snapshotSaves.run(boardId, () => saveWithinQuota(boardId, name, author, deps));
  sendJson(res, 201, info);
}

async function saveWithinQuota(
  boardId: string,
  name: string,
  author: string,
  deps: BoardRouteDeps & SnapshotQuotaDeps,
): Promise<SnapshotInfo> {
  const { maxSnapshotsPerBoard, maxSnapshotBytesPerBoard } = deps.limits;
  const usage = await deps.store.snapshotUsage(boardId);
  if (usage.count >= maxSnapshotsPerBoard) {
    throw new HttpError(
      409,
      `This board keeps ${usage.count} snapshots, the most it may (MAX_SNAPSHOTS_PER_BOARD = ${maxSnapshotsPerBoard}).`,
      { reason: "http_snapshot_quota" },
    );
  }
  await deps.diskFloor.assertRoom();
  // The board file, made off the main thread like an export.json (and shared with one).
  const file = await deps.heavyWork.exportBoard(boardId, "export.json", undefined, deps);
  const bytes = file.body.byteLength;
  if (usage.bytes + bytes > maxSnapshotBytesPerBoard) {
    throw new HttpError(
      413,
      `This snapshot (${bytes} bytes) would take the board's snapshots past ${maxSnapshotBytesPerBoard} bytes (MAX_SNAPSHOT_BYTES_PER_BOARD); they hold ${usage.bytes}.`,
      { reason: "http_snapshot_quota" },
    );
  }
  const info: SnapshotInfo = { id: newId("s", 12), name, author, createdAt: Date.now() };
  await deps.store.saveSnapshot(boardId, { ...info, data: file.body });
  return info;
}

/** `GET /api/boards/:id/snapshots` with any link: `{ snapshots: [{ id, name, author, createdAt }] }`, newest first. */
export async function listSnapshots(
  req: IncomingMessage,
  res: ServerResponse,
  boardId: string,
  deps: BoardRouteDeps,
): Promise<void> {
  await authorise(req, boardId, deps);
  sendJson(res, 200, { snapshots: await deps.store.listSnapshots(boardId) });
}

/** `GET /api/boards/:id/snapshots/:sid` with any link: the snapshot as interchange JSON. */
export async function sendSnapshot(
  req: IncomingMessage,
  res: ServerResponse,
  boardId: string,
  snapshotId: string,
  deps: BoardRouteDeps,
): Promise<void> {
  await authorise(req, boardId, deps);
  const snapshot = SNAPSHOT_ID_PATTERN.test(snapshotId) ? await deps.store.loadSnapshot(boardId, snapshotId) : null;
  if (!snapshot) throw new HttpError(404, "This board has no such snapshot.");
  res.writeHead(200, {
    "content-type": "application/json; charset=utf-8",
    "content-length": snapshot.data.byteLength,
    "content-disposition": `attachment; filename="${boardId}-${snapshot.id}.json"`,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  res.end(Buffer.from(snapshot.data));
}

const SNAPSHOT_ROUTE = /^\/api\/boards\/([^/]+)\/snapshots(?:\/([^/]+))?$/;

/** Matches `/api/boards/:id/snapshots[/:sid]`. */
export function matchSnapshotRoute(path: string): { boardId: string; snapshotId: string | undefined } | null {
  const match = SNAPSHOT_ROUTE.exec(path);
  return match ? { boardId: match[1] ?? "", snapshotId: match[2] } : null;
}
