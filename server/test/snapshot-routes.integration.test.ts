import { afterEach, describe, expect, it } from "vitest";
import {
  addLane,
  deleteStep,
  exportBoard,
  importBoard,
  LOCAL_ORIGIN,
  parseBoardJson,
  renameLane,
  setBoardTitle,
  type BoardFile,
} from "@brownpaper/shared";
import { purchaseToPayFile } from "./board-file-fixture";
import { SyncClients } from "./sync-clients";
import { TestServer } from "./test-server";
import { waitFor } from "./wait";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

function postSnapshot(
  server: TestServer,
  boardId: string,
  token: string | undefined,
  body: unknown,
): Promise<Response> {
  return fetch(`${server.url}/api/boards/${boardId}/snapshots`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

async function loadSnapshot(
  server: TestServer,
  boardId: string,
  token: string,
  snapshotId: string,
): Promise<BoardFile> {
  const response = await server.get(`/api/boards/${boardId}/snapshots/${snapshotId}`, token);
  if (response.status !== 200) throw new Error(`GET snapshot answered ${response.status}`);
  const parsed = parseBoardJson(await response.text());
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.board;
}

interface SnapshotInfo {
  id: string;
  name: string;
  author: string;
  createdAt: number;
}

describe("board snapshots over HTTP", () => {
  it("keeps the board as the server has it when saved, and serves it back after the board has changed", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard(purchaseToPayFile());
    const editor = await clients.connectSynced(server, board.id, board.editToken);
    renameLane(editor.doc, "lane-req", "Requesters");
    await waitFor("rename stored", async () =>
      (await (await server.get(`/api/boards/${board.id}/export.json`, board.viewToken)).text()).includes("Requesters"),
    );

    const saved = await postSnapshot(server, board.id, board.editToken, { name: "  As-is  ", author: "Ada" });
    expect(saved.status).toBe(201);
    const info = (await saved.json()) as SnapshotInfo;
    expect(info).toMatchObject({ name: "As-is", author: "Ada" });
    expect(Math.abs(info.createdAt - Date.now())).toBeLessThan(10_000);

    addLane(editor.doc, { name: "Audit" });
    await waitFor("lane stored", async () =>
      (await (await server.get(`/api/boards/${board.id}/export.json`, board.viewToken)).text()).includes("Audit"),
    );

    const response = await server.get(`/api/boards/${board.id}/snapshots/${info.id}`, board.viewToken);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const parsed = parseBoardJson(await response.text());
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.board.lanes.map((lane) => lane.name)).toEqual(["Requesters", "Purchasing", "Accounts payable"]);
  });

  it("lists snapshots newest first with name, author and time, without their content", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard(purchaseToPayFile());
    await postSnapshot(server, board.id, board.facilitatorToken, { name: "Before workshop", author: "Fay" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await postSnapshot(server, board.id, board.editToken, { name: "After workshop" });
    const response = await server.get(`/api/boards/${board.id}/snapshots`, board.viewToken);
    expect(response.status).toBe(200);
    const { snapshots } = (await response.json()) as { snapshots: SnapshotInfo[] };
    expect(snapshots.map(({ name, author }) => ({ name, author }))).toEqual([
      { name: "After workshop", author: "" },
      { name: "Before workshop", author: "Fay" },
    ]);
    expect(Object.keys(snapshots[0]!).sort()).toEqual(["author", "createdAt", "id", "name"]);
  });

  it("lets edit and facilitator links save, view links list and load but not save, and refuses other links", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard(purchaseToPayFile());
    const other = await server.createBoard();
    expect((await postSnapshot(server, board.id, board.facilitatorToken, { name: "F" })).status).toBe(201);
    const saved = (await (await postSnapshot(server, board.id, board.editToken, { name: "E" })).json()) as SnapshotInfo;

    const refused = await postSnapshot(server, board.id, board.viewToken, { name: "V" });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toMatch(/view link/i);
    expect((await server.get(`/api/boards/${board.id}/snapshots`, board.viewToken)).status).toBe(200);
    expect((await server.get(`/api/boards/${board.id}/snapshots/${saved.id}`, board.viewToken)).status).toBe(200);

    for (const token of [other.editToken, "not-a-token", undefined]) {
      expect((await postSnapshot(server, board.id, token, { name: "X" })).status).toBe(401);
      expect((await server.get(`/api/boards/${board.id}/snapshots`, token)).status).toBe(401);
      expect((await server.get(`/api/boards/${board.id}/snapshots/${saved.id}`, token)).status).toBe(401);
    }
    const { snapshots } = (await (await server.get(`/api/boards/${board.id}/snapshots`, board.viewToken)).json()) as {
      snapshots: SnapshotInfo[];
    };
    expect(snapshots.map((snapshot) => snapshot.name).sort()).toEqual(["E", "F"]);
  });

  it("names what is wrong with a save request, and answers 404 for a snapshot the board does not have", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard(purchaseToPayFile());
    const other = await server.createBoard();
    const elsewhere = (await (
      await postSnapshot(server, other.id, other.editToken, { name: "Other" })
    ).json()) as SnapshotInfo;
    for (const [body, message] of [
      [{ name: "   " }, "name: must not be empty"],
      [{ author: "Ada" }, "name: must be text"],
      [{ name: "x".repeat(121) }, "name: at most 120 characters"],
      [{ name: "Fine", author: 7 }, "author: must be text"],
    ] as const) {
      const response = await postSnapshot(server, board.id, board.editToken, body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toBe(message);
    }
    expect((await server.get(`/api/boards/${board.id}/snapshots/${elsewhere.id}`, board.editToken)).status).toBe(404);
    expect((await server.get(`/api/boards/${board.id}/snapshots/s_nothinghere0`, board.editToken)).status).toBe(404);
    expect((await server.get(`/api/boards/${board.id}/snapshots`, board.editToken)).status).toBe(200);
    const deleteAttempt = await fetch(`${server.url}/api/boards/${board.id}/snapshots/${elsewhere.id}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${board.editToken}` },
    });
    expect(deleteAttempt.status).toBe(405);
  });

  it("restores a snapshot for everyone: the client's replace command puts it back, and a client connecting later sees it", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard(purchaseToPayFile());
    const facilitator = await clients.connectSynced(server, board.id, board.facilitatorToken);
    const participant = await clients.connectSynced(server, board.id, board.editToken);
    const storedJson = async () => (await server.get(`/api/boards/${board.id}/export.json`, board.viewToken)).text();

    renameLane(participant.doc, "lane-req", "Requesters");
    await waitFor("rename stored", async () => (await storedJson()).includes("Requesters"));
    const saved = (await (
      await postSnapshot(server, board.id, board.editToken, { name: "As-is", author: "Ada" })
    ).json()) as SnapshotInfo;
    const asIs = exportBoard(participant.doc);

    addLane(participant.doc, { name: "Audit" });
    deleteStep(participant.doc, "st-ok");
    setBoardTitle(participant.doc, "Purchase to pay (to-be)");
    await waitFor("changes stored", async () => (await storedJson()).includes("Audit"));
    await waitFor("changes reached the facilitator", () =>
      facilitator.board().lanes.some((lane) => lane.name === "Audit"),
    );

    // Restore is a client-side command (one undo step for the restorer): what the Restore
    // button runs, replaceBoard, is importBoard with the local origin, keeping the vote's
    // settings for anyone but a facilitator. The facilitator restores here.
    const snapshot = await loadSnapshot(server, board.id, board.viewToken, saved.id);
    expect(snapshot).toEqual(asIs);
    importBoard(facilitator.doc, snapshot, LOCAL_ORIGIN);

    await waitFor("the participant sees the snapshot", () => participant.board().meta.title === "Purchase to pay");
    expect(exportBoard(participant.doc)).toEqual(asIs);
    await waitFor("the server stores the snapshot's state", async () => !(await storedJson()).includes("Audit"));

    // Everyone leaves; the board is unloaded, so the next client gets it from the store.
    facilitator.provider.destroy();
    participant.provider.destroy();
    await waitFor("board unloaded", () => server.server.loadedBoard(board.id) === undefined);
    const latecomer = await clients.connectSynced(server, board.id, board.viewToken);
    expect(exportBoard(latecomer.doc)).toEqual(asIs);
    expect(latecomer.board().lanes.map((lane) => lane.name)).toEqual(["Requesters", "Purchasing", "Accounts payable"]);
    expect(latecomer.board().steps.map((step) => step.id)).toContain("st-ok");
  });
});
