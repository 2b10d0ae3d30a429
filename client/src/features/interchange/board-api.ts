import { parseBoardJson, type BoardFile } from "@brownpaper/shared";
import { navigate } from "../../lib/use-location";
import { appPath, tokenFromHash } from "../../lib/board-links";
import { usePreferences } from "../../state/preferences";
import { createBoard } from "../../lib/create-board";

export interface SnapshotInfo {
  id: string;
  name: string;
  author: string;
  createdAt: number;
}

/** The open board's token: the page is keyed by its fragment, so this is the link it was opened with. */
function currentToken(): string {
  return tokenFromHash(window.location.hash) ?? "";
}

async function call(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { Accept: "application/json", Authorization: `Bearer ${currentToken()}`, ...init.headers },
    });
  } catch {
    throw new Error("Could not reach the Brownpaper server. Check your connection and try again.");
  }
  if (response.ok) return response;
  const body: unknown = await response.json().catch(() => null);
  const error = (body as { error?: unknown } | null)?.error;
  throw new Error(typeof error === "string" ? error : `The server answered ${response.status}.`);
}

const snapshotsPath = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/snapshots`;

export async function listSnapshots(boardId: string): Promise<SnapshotInfo[]> {
  const body = (await (await call(snapshotsPath(boardId))).json()) as { snapshots?: SnapshotInfo[] };
  return body.snapshots ?? [];
}

export async function saveSnapshot(boardId: string, request: { name: string; author: string }): Promise<SnapshotInfo> {
  const response = await call(snapshotsPath(boardId), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(request),
  });
  return (await response.json()) as SnapshotInfo;
}

/** A snapshot's board, validated like any imported file. */
export async function loadSnapshot(boardId: string, snapshotId: string): Promise<BoardFile> {
  const response = await call(`${snapshotsPath(boardId)}/${encodeURIComponent(snapshotId)}`);
  const parsed = parseBoardJson(await response.text());
  if (!parsed.ok) throw new Error(`This snapshot cannot be read: ${parsed.error}`);
  return parsed.board;
}

/** Creates a board holding `file` and opens it on its facilitator link, as "New board" does. */
export async function openAsNewBoard(file: BoardFile): Promise<void> {
  const created = await createBoard(file);
  usePreferences.getState().rememberShareLinks(created.id, { editUrl: created.editUrl, viewUrl: created.viewUrl });
  navigate(appPath(created.facilitatorUrl));
}
