import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { afterEach, describe, expect, it } from "vitest";
import { addLane, readBoard } from "@brownpaper/shared";
import { SyncClients, upgradeOutcome } from "./sync-clients";
import { TestServer } from "./test-server";
import { waitFor } from "./wait";

const clients = new SyncClients();
const providers: WebsocketProvider[] = [];
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const provider of providers.splice(0)) provider.destroy();
  for (const socket of sockets.splice(0)) socket.terminate();
  await clients.cleanup();
});

/** What the client offers: the protocol the server picks, and the one carrying the token. */
function tokenProtocols(token: string): string[] {
  return ["brownpaper", `brownpaper.token.${token}`];
}

/** A y-websocket client whose token travels only in Sec-WebSocket-Protocol, never in the URL. */
function connectWithProtocol(
  server: TestServer,
  boardId: string,
  token: string,
): { doc: Y.Doc; provider: WebsocketProvider } {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server.syncUrl, boardId, doc, {
    protocols: tokenProtocols(token),
    disableBc: true,
    maxBackoffTime: 200,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  providers.push(provider);
  return { doc, provider };
}

function socketTo(server: TestServer, path: string, protocols?: string[]): WebSocket {
  const socket = new WebSocket(`${server.syncUrl}/${path}`, protocols);
  socket.on("error", () => {});
  sockets.push(socket);
  return socket;
}

describe("the sync token in Sec-WebSocket-Protocol", () => {
  it("a client sending the token only in the protocol header syncs, and the server picks `brownpaper`", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const alice = connectWithProtocol(server, board.id, board.editToken);
    const bob = connectWithProtocol(server, board.id, board.viewToken);
    await waitFor("both synced", () => alice.provider.synced && bob.provider.synced);
    const lane = addLane(alice.doc, { name: "Sales" });
    await waitFor("the view client sees the lane", () => readBoard(bob.doc).lanes.some((l) => l.id === lane));
    expect(alice.provider.ws?.protocol).toBe("brownpaper");

    const raw = socketTo(server, board.id, tokenProtocols(board.editToken));
    expect(await upgradeOutcome(raw)).toBe("open");
    expect(raw.protocol).toBe("brownpaper");
  });

  it("keeps the role of the token: a view link in the header cannot edit", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const viewer = connectWithProtocol(server, board.id, board.viewToken);
    const editor = await clients.connectSynced(server, board.id, board.editToken);
    await waitFor("the viewer synced", () => viewer.provider.synced);
    addLane(viewer.doc, { name: "Not allowed" });
    addLane(editor.doc, { name: "Allowed" });
    await waitFor("the viewer hears the editor", () => readBoard(viewer.doc).lanes.some((l) => l.name === "Allowed"));
    expect(readBoard(editor.doc).lanes.map((l) => l.name)).toEqual(["Allowed"]);
  });

  it("refuses a wrong or another board's token in the header with 401, even beside a good ?token=", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const other = await server.createBoard();
    const forged = `${board.editToken.slice(0, -4)}AAAA`;
    expect(await upgradeOutcome(socketTo(server, board.id, tokenProtocols(forged)))).toBe(401);
    expect(await upgradeOutcome(socketTo(server, board.id, tokenProtocols(other.editToken)))).toBe(401);
    // The header is the token when it is there: a URL token does not rescue a bad one.
    const both = socketTo(server, `${board.id}?token=${encodeURIComponent(board.editToken)}`, tokenProtocols(forged));
    expect(await upgradeOutcome(both)).toBe(401);
  });

  it("?token= still works for the stock provider, and protocols without a token fall back to it", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const stock = await clients.connectSynced(server, board.id, board.editToken);
    expect(stock.provider.synced).toBe(true);
    const query = `${board.id}?token=${encodeURIComponent(board.editToken)}`;
    const withProtocol = socketTo(server, query, ["brownpaper"]);
    expect(await upgradeOutcome(withProtocol)).toBe("open");
    expect(withProtocol.protocol).toBe("brownpaper");
    expect(await upgradeOutcome(socketTo(server, board.id, ["brownpaper"]))).toBe(401);
  });
});
