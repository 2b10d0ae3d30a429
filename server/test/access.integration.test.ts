import { afterEach, describe, expect, it } from "vitest";
import { shareToken } from "../src/auth/tokens";
import { createLogger } from "../src/logger";
import { SyncClients, upgradeOutcome } from "./sync-clients";
import { TEST_SECRET, TestServer } from "./test-server";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

describe("who may open a board", () => {
  it("the sync socket accepts each of the board's own links", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    for (const token of [board.editToken, board.viewToken, board.facilitatorToken]) {
      expect(await upgradeOutcome(clients.raw(server, board.id, token))).toBe("open");
    }
  });

  it("the sync socket answers 401 to a missing, forged or other board's token", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const other = await server.createBoard();
    const forged = `${board.editToken.slice(0, -2)}xx`;
    const otherSecret = shareToken(Buffer.from("some-other-secret-of-sufficient-length"), board.id, "edit");
    for (const token of [undefined, "", "garbage", forged, other.editToken, otherSecret]) {
      expect(await upgradeOutcome(clients.raw(server, board.id, token)), `token ${token}`).toBe(401);
    }
  });

  it("the sync socket answers 404 for an unknown board and for other paths", async () => {
    const server = clients.track(await TestServer.start());
    const unknown = "b_0000000000000000";
    expect(await upgradeOutcome(clients.raw(server, unknown, shareToken(TEST_SECRET, unknown, "edit")))).toBe(404);

    const { default: WebSocket } = await import("ws");
    const elsewhere = new WebSocket(`${server.url.replace(/^http/, "ws")}/elsewhere`);
    elsewhere.on("error", () => {});
    expect(await upgradeOutcome(elsewhere)).toBe(404);
    elsewhere.terminate();
  });

  it("the access route names the role of each link", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    for (const [token, role] of [
      [board.editToken, "edit"],
      [board.viewToken, "view"],
      [board.facilitatorToken, "facilitator"],
    ] as const) {
      const response = await server.get(`/api/boards/${board.id}/access`, token);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ role, boardId: board.id });
    }
  });

  it("the links route hands on the board's own links, never one that can do more than the asker", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const links = async (token: string) => (await server.get(`/api/boards/${board.id}/links`, token)).json();
    expect(await links(board.facilitatorToken)).toEqual({
      role: "facilitator",
      facilitatorToken: board.facilitatorToken,
      facilitatorUrl: board.facilitatorUrl,
      editToken: board.editToken,
      editUrl: board.editUrl,
      viewToken: board.viewToken,
      viewUrl: board.viewUrl,
    });
    expect(await links(board.editToken)).toEqual({
      role: "edit",
      editToken: board.editToken,
      editUrl: board.editUrl,
      viewToken: board.viewToken,
      viewUrl: board.viewUrl,
    });
    expect(await links(board.viewToken)).toEqual({ role: "view", viewToken: board.viewToken, viewUrl: board.viewUrl });
    for (const token of [board.editToken, board.viewToken]) {
      expect(JSON.stringify(await links(token))).not.toContain(board.facilitatorToken);
    }
  });

  it("the token may also come as a query parameter", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const response = await server.get(`/api/boards/${board.id}/access?token=${encodeURIComponent(board.viewToken)}`);
    expect(await response.json()).toEqual({ role: "view", boardId: board.id });
  });

  it("HTTP routes answer 401 without a valid token for that board, and 404 for an unknown board", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const other = await server.createBoard();
    for (const path of [
      `/api/boards/${board.id}/access`,
      `/api/boards/${board.id}/links`,
      `/api/boards/${board.id}/export.json`,
    ]) {
      for (const token of [undefined, "garbage", other.editToken]) {
        const response = await server.get(path, token);
        expect(response.status, `${path} with ${token}`).toBe(401);
        expect(await response.json()).toHaveProperty("error");
      }
    }
    const unknown = "b_0000000000000000";
    const response = await server.get(`/api/boards/${unknown}/export.json`, shareToken(TEST_SECRET, unknown, "view"));
    expect(response.status).toBe(404);
  });

  it("board links carry the token in the fragment, on the origin the client used", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    expect(board.id).toMatch(/^b_[0-9a-z]{16}$/);
    expect(board.editUrl).toBe(`${server.url}/b/${board.id}#token=${board.editToken}`);
    expect(board.viewUrl).toBe(`${server.url}/b/${board.id}#token=${board.viewToken}`);
    expect(board.facilitatorUrl).toBe(`${server.url}/b/${board.id}#token=${board.facilitatorToken}`);
  });

  it("the log never holds a token, even when one is sent in a query string", async () => {
    const lines: string[] = [];
    const logger = createLogger("debug", (line) => lines.push(line));
    const server = clients.track(await TestServer.start({}, { logger }));
    const board = await server.createBoard();
    await server.get(`/api/boards/${board.id}/export.json?token=${encodeURIComponent(board.viewToken)}`);
    await server.get(`/api/boards/${board.id}/access`, board.editToken);
    const client = await clients.connectSynced(server, board.id, board.facilitatorToken);
    client.provider.destroy();
    await upgradeOutcome(clients.raw(server, board.id, "v1.e.forged"));
    await server.close();

    const log = lines.join("");
    expect(log).toContain(board.id);
    expect(log).toContain("connection.opened");
    for (const token of [board.editToken, board.viewToken, board.facilitatorToken]) {
      expect(log).not.toContain(token.split(".")[3]);
    }
    expect(log).not.toContain("token=");
  });

  it("PUBLIC_URL, when set, is the origin of board links", async () => {
    const server = clients.track(await TestServer.start({ publicUrl: "https://brownpaper.example.org" }));
    const board = await server.createBoard();
    expect(board.viewUrl).toBe(`https://brownpaper.example.org/b/${board.id}#token=${board.viewToken}`);
  });
});
