import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { addLane, readBoard } from "@brownpaper/shared";
import { removeServerData, ServerProcess } from "./server-process";
import { tempDir } from "./test-server";
import { waitFor } from "./wait";

const running: ServerProcess[] = [];
const providers: WebsocketProvider[] = [];
const dataDirs: string[] = [];
afterEach(async () => {
  for (const provider of providers.splice(0)) provider.destroy();
  for (const server of running.splice(0)) await server.kill("SIGKILL");
  for (const dir of dataDirs.splice(0)) await removeServerData(dir);
});

async function start(dataDir: string): Promise<ServerProcess> {
  const server = await ServerProcess.start(dataDir);
  running.push(server);
  return server;
}

function connect(server: ServerProcess, boardId: string, token: string): { doc: Y.Doc; provider: WebsocketProvider } {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server.syncUrl, boardId, doc, {
    params: { token },
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  providers.push(provider);
  return { doc, provider };
}

describe("stopping with SIGTERM", () => {
  it("stops accepting, closes sockets with 1001 going away, keeps every edit and exits 0", async () => {
    const dataDir = tempDir();
    dataDirs.push(dataDir);
    const server = await start(dataDir);
    const board = await server.createBoard();
    const alice = connect(server, board.id, board.editToken);
    const watcher = connect(server, board.id, board.viewToken);
    await waitFor("both synced", () => alice.provider.synced && watcher.provider.synced);
    const watcherClosed = new Promise<{ code: number; reason: string }>((resolve) =>
      watcher.provider.once("connection-close", (event) =>
        resolve({ code: event?.code ?? 0, reason: event?.reason ?? "" }),
      ),
    );

    addLane(alice.doc, { name: "Relayed before the signal" });
    await waitFor("the watcher has the edit", () => readBoard(watcher.doc).lanes.length === 1);
    const exit = server.kill("SIGTERM");
    expect(await watcherClosed).toEqual({ code: 1001, reason: "going away" });
    const late = new WebSocket(`${server.syncUrl}/${board.id}?token=${board.viewToken}`);
    const lateOutcome = await new Promise<string>((resolve) => {
      late.once("open", () => resolve("open"));
      late.once("error", () => resolve("refused"));
      late.once("unexpected-response", (_request, response) => resolve(`refused ${response.statusCode}`));
    });
    late.terminate();
    expect(lateOutcome).toMatch(/^refused/);
    expect(await exit).toEqual({ code: 0, signal: null });
    expect(server.log.some((line) => line.includes('"event":"server.stopped"'))).toBe(true);

    const restarted = await start(dataDir);
    const carol = connect(restarted, board.id, board.viewToken);
    await waitFor("Carol synced", () => carol.provider.synced);
    expect(readBoard(carol.doc).lanes.map((lane) => lane.name)).toEqual(["Relayed before the signal"]);
  });
});
