import { mkdirSync, writeFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../src/logger";
import { SyncClients, opened } from "./sync-clients";
import { tempDir, TestServer } from "./test-server";
import { waitFor } from "./wait";

const clients = new SyncClients();
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await clients.cleanup();
});

/** A TCP connection to the server, with everything it receives and whether it has closed. */
async function rawConnection(server: TestServer): Promise<{ socket: Socket; received(): string; closed(): boolean }> {
  const socket = connect(server.server.port, "127.0.0.1");
  sockets.push(socket);
  socket.on("error", () => {});
  let received = "";
  let closed = false;
  socket.on("data", (chunk: Buffer) => (received += chunk.toString("latin1")));
  socket.on("close", () => (closed = true));
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  return { socket, received: () => received, closed: () => closed };
}

/** POST /api/boards on a connection that closes after it, so no kept-alive fetch connection counts against a cap. */
async function createBoardClosing(server: TestServer): Promise<{ id: string; editToken: string }> {
  const connection = await rawConnection(server);
  connection.socket.write(
    "POST /api/boards HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
  );
  await waitFor("the board created", connection.closed);
  const answer = connection.received();
  return JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4)) as { id: string; editToken: string };
}

function builtClient(): string {
  const dist = tempDir("brownpaper-dist-");
  mkdirSync(join(dist, "assets"));
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>Brownpaper</title>");
  writeFileSync(join(dist, "assets", "app-1234.js"), "console.log(1)");
  return dist;
}

describe("security headers", () => {
  it("every answer, page, asset, API and error, carries CSP, X-Frame-Options, nosniff and no-referrer; no HSTS over http", async () => {
    const server = clients.track(await TestServer.start({ clientDist: builtClient() }));
    const board = await server.createBoard();
    const answers = await Promise.all([
      server.get("/"),
      server.get("/b/some-board"),
      server.get("/assets/app-1234.js"),
      server.get("/api/time"),
      server.get(`/api/boards/${board.id}/access`, board.viewToken),
      server.get("/api/nothing-here"),
      server.get("/healthz"),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 404, 200]);
    for (const answer of answers) {
      const csp = answer.headers.get("content-security-policy") ?? "";
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/connect-src 'self' ws: wss:/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(answer.headers.get("x-frame-options")).toBe("DENY");
      expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
      expect(answer.headers.get("referrer-policy")).toBe("no-referrer");
      expect(answer.headers.get("strict-transport-security")).toBeNull();
    }
  });

  it("sends HSTS when PUBLIC_URL is https", async () => {
    const server = clients.track(await TestServer.start({ publicUrl: "https://brownpaper.example.org" }));
    expect((await server.get("/api/time")).headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });
});

describe("slow and aborted bodies", () => {
  it("answers a body that does not arrive within BODY_TIMEOUT_MS with 408, and answers others meanwhile", async () => {
    const server = clients.track(await TestServer.start({ limits: { bodyTimeoutMs: 300 } }));
    const slow = await rawConnection(server);
    slow.socket.write(
      `POST /api/boards HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"title":`,
    );
    const time = await server.get("/api/time");
    expect(time.status).toBe(200);
    expect(slow.received()).toBe("");
    await waitFor("the slow body's answer", () => slow.received().includes("\r\n\r\n"), 10_000);
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408 /);
    expect(slow.received()).toMatch(/BODY_TIMEOUT_MS/);
    await waitFor("the slow connection closed", slow.closed);
    expect(await server.metric('brownpaper_rejected_total{reason="http_body_timeout"}')).toBe(1);
    expect((await server.post("/api/boards")).status).toBe(201);
  });

  it("answers headers that do not arrive within HEADERS_TIMEOUT_MS with 408", async () => {
    const server = clients.track(await TestServer.start({ limits: { headersTimeoutMs: 300 } }));
    const slow = await rawConnection(server);
    slow.socket.write("GET /api/time HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    await waitFor("the slow headers' answer", () => slow.received() !== "" || slow.closed(), 10_000);
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it("logs an upload the client gave up on at debug, not as an error", async () => {
    const lines: string[] = [];
    const logger = createLogger("debug", (line) => lines.push(line));
    const server = clients.track(await TestServer.start({}, { logger }));
    const upload = await rawConnection(server);
    upload.socket.write(
      `POST /api/boards HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"format":`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    upload.socket.destroy();
    await waitFor("the abort logged", () => lines.some((line) => line.includes('"http.aborted"')));
    const aborted = JSON.parse(lines.find((line) => line.includes('"http.aborted"')) ?? "{}") as { level?: string };
    expect(aborted.level).toBe("debug");
    expect(lines.filter((line) => JSON.parse(line).level === "error")).toEqual([]);
  });
});

describe("HTTP connection caps", () => {
  it("refuses plain HTTP connections past MAX_HTTP_CONNECTIONS_PER_IP with 503; WebSockets do not count", async () => {
    const server = clients.track(await TestServer.start({ limits: { maxHttpConnectionsPerIp: 3 } }));
    const board = await createBoardClosing(server);
    const sync = clients.raw(server, board.id, board.editToken);
    await opened(sync);
    const held = await Promise.all([rawConnection(server), rawConnection(server)]);
    const third = await rawConnection(server);
    const fourth = await rawConnection(server);
    await waitFor("the fourth connection refused", () => fourth.closed());
    expect(fourth.received()).toMatch(/^HTTP\/1\.1 503 /);
    third.socket.write("GET /api/time HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    await waitFor("the third connection answered", () => third.received().includes("\r\n\r\n"));
    expect(third.received()).toMatch(/^HTTP\/1\.1 200 /);
    expect(held.every((connection) => !connection.closed())).toBe(true);
    // Once one goes, another may come.
    held[0]?.socket.destroy();
    await waitFor("a connection admitted again", async () => {
      const next = await rawConnection(server);
      next.socket.write("GET /api/time HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      await waitFor("an answer", () => next.closed() || next.received().includes("\r\n\r\n"));
      return next.received().startsWith("HTTP/1.1 200");
    });
    expect(await server.metric('brownpaper_rejected_total{reason="http_ip_full"}')).toBeGreaterThanOrEqual(1);
  });

  it("drops connections past MAX_HTTP_CONNECTIONS", async () => {
    const server = clients.track(await TestServer.start({ limits: { maxHttpConnections: 2 } }));
    await Promise.all([rawConnection(server), rawConnection(server)]);
    const third = await rawConnection(server);
    await waitFor("the third connection dropped", () => third.closed());
    expect(third.received()).toBe("");
  });
});
