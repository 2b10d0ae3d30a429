import { mkdirSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { parseBoardFile } from "@brownpaper/shared";
import { MemoryStore } from "../src/storage/memory-store";
import { SQLITE_FILE } from "../src/storage/sqlite-store";
import { ControlledStore } from "./controlled-store";
import { purchaseToPayFile } from "./board-file-fixture";
import { SyncClients } from "./sync-clients";
import { tempDir, TestServer } from "./test-server";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

/** Boards (and facilitation docs) in the server's store. */
async function storedBoardCount(server: TestServer): Promise<number> {
  const { databaseUrl, databaseSchema } = server.config;
  if (databaseUrl !== undefined) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return Number(
        (await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${databaseSchema ?? "public"}.boards`)).rows[0]
          ?.n,
      );
    } finally {
      await client.end();
    }
  }
  const db = new Database(join(server.config.dataDir, SQLITE_FILE), { readonly: true });
  try {
    return (db.prepare("SELECT COUNT(*) AS n FROM boards").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe("creating and exporting boards", () => {
  it("a board imported from a file exports as the same board", async () => {
    const server = clients.track(await TestServer.start());
    const input = purchaseToPayFile();
    const board = await server.createBoard(input);

    const response = await server.get(`/api/boards/${board.id}/export.json`, board.viewToken);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const parsed = parseBoardFile(input);
    expect(parsed.ok).toBe(true);
    expect(await response.json()).toEqual(parsed.ok && parsed.board);
  });

  it("the export of a board someone has open includes their latest edits", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard(purchaseToPayFile());
    const editor = await clients.connectSynced(server, board.id, board.editToken);
    const { renameLane } = await import("@brownpaper/shared");
    renameLane(editor.doc, "lane-ap", "Finance");
    const observer = await clients.connectSynced(server, board.id, board.viewToken);
    const { waitFor } = await import("./wait");
    await waitFor("the rename is relayed", () => observer.board().lanes.some((lane) => lane.name === "Finance"));

    const exported = (await (await server.get(`/api/boards/${board.id}/export.json`, board.editToken)).json()) as {
      lanes: { name: string }[];
    };
    expect(exported.lanes.map((lane) => lane.name)).toEqual(["Requester", "Purchasing", "Finance"]);
  });

  it("an empty body or {} creates an empty board, and a title alone names it", async () => {
    const server = clients.track(await TestServer.start());
    for (const [body, title] of [
      [undefined, "Untitled process"],
      [{}, "Untitled process"],
      [{ title: "Month-end close" }, "Month-end close"],
    ] as const) {
      const board = await server.createBoard(body);
      const exported = (await (await server.get(`/api/boards/${board.id}/export.json`, board.viewToken)).json()) as {
        title: string;
        lanes: unknown[];
      };
      expect(exported.title).toBe(title);
      expect(exported.lanes).toEqual([]);
    }
  });

  it("an invalid board file is refused with the path of the first bad field, and no board is created", async () => {
    const server = clients.track(await TestServer.start());
    const input = purchaseToPayFile();
    (input.steps as { laneId: string }[])[2]!.laneId = "lane-nowhere";
    const response = await server.post("/api/boards", input);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain("steps[2].laneId");
    expect(await storedBoardCount(server)).toBe(0);
  });

  it("a body that is not JSON, or not sent as JSON, is refused and creates nothing", async () => {
    const server = clients.track(await TestServer.start());
    const broken = await fetch(`${server.url}/api/boards`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(broken.status).toBe(400);
    const wrongType = await fetch(`${server.url}/api/boards`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify(purchaseToPayFile()),
    });
    expect(wrongType.status).toBe(415);
    expect(await storedBoardCount(server)).toBe(0);
  });

  it("a board file over 10 MiB is refused with 413", async () => {
    const server = clients.track(await TestServer.start());
    const response = await fetch(`${server.url}/api/boards`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"title":"${"x".repeat(10 * 1024 * 1024)}"}`,
    });
    expect(response.status).toBe(413);
    expect(await storedBoardCount(server)).toBe(0);
  });

  it("unknown API paths answer 404 JSON and wrong methods 405", async () => {
    const server = clients.track(await TestServer.start());
    const missing = await server.get("/api/nothing-here");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toHaveProperty("error");
    expect((await server.get("/api/boards")).status).toBe(405);
  });
});

describe("health and the client files", () => {
  it("/healthz answers 200 while the store works", async () => {
    const server = clients.track(await TestServer.start());
    const response = await server.get("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("/healthz answers 503 when the store does not answer", async () => {
    const store = new ControlledStore(new MemoryStore());
    const server = clients.track(await TestServer.start({}, { store }));
    store.unhealthy = true;
    const response = await server.get("/healthz");
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ok: false, reason: "The board store does not answer." });
  });

  it("/api/time answers the server's clock, never from a cache", async () => {
    const server = clients.track(await TestServer.start());
    const before = Date.now();
    const response = await server.get("/api/time");
    const after = Date.now();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const { now } = (await response.json()) as { now: number };
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(after);
  });

  it("without a built client, pages answer 503 saying how to build it", async () => {
    const server = clients.track(await TestServer.start());
    const response = await server.get("/b/b_0000000000000000");
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("pnpm build");
  });

  it("serves built files with their content types and index.html for client routes", async () => {
    const dist = tempDir("brownpaper-dist-");
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>Brownpaper</title>");
    writeFileSync(join(dist, "assets", "app-1234.js"), "console.log('hi')");
    writeFileSync(join(dist, "assets", "app-1234.css"), "body{}");
    const server = clients.track(await TestServer.start({ clientDist: dist }));

    const script = await server.get("/assets/app-1234.js");
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(script.headers.get("cache-control")).toContain("immutable");
    expect((await server.get("/assets/app-1234.css")).headers.get("content-type")).toMatch(/^text\/css/);

    for (const path of ["/", "/b/b_0000000000000000", "/some/client/route"]) {
      const page = await server.get(path);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await page.text()).toContain("<title>Brownpaper</title>");
    }
  });

  it("review survey links get survey.html, other routes index.html", async () => {
    const dist = tempDir("brownpaper-dist-");
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>Brownpaper</title>");
    writeFileSync(join(dist, "survey.html"), "<!doctype html><title>Brownpaper review</title>");
    const server = clients.track(await TestServer.start({ clientDist: dist }));
    const survey = await server.get("/s/b_0000000000000000/a_1/r_1");
    expect(survey.status).toBe(200);
    expect(survey.headers.get("cache-control")).toBe("no-cache");
    expect(await survey.text()).toContain("<title>Brownpaper review</title>");
    expect(await (await server.get("/sa/other")).text()).toContain("<title>Brownpaper</title>");
  });

  it("paths that try to leave the client folder get the page, never the file", async () => {
    const dataDir = tempDir();
    const dist = join(dataDir, "dist");
    mkdirSync(dist);
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>Brownpaper</title>");
    writeFileSync(join(dataDir, "outside.txt"), "private");
    const server = clients.track(await TestServer.start({ dataDir, clientDist: dist }));
    for (const path of [
      "/../outside.txt",
      "/%2e%2e/outside.txt",
      "/assets/..%2f..%2foutside.txt",
      "/..%5coutside.txt",
      "/%00",
      "/%E0%A4%A",
    ]) {
      const { status, body } = await rawGet(server, path);
      expect(body, path).not.toContain("private");
      expect(status, path).toBeLessThan(500);
    }
  });
});

/** A GET with the path sent exactly as written (fetch would normalise the dots away). */
function rawGet(server: TestServer, path: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: "127.0.0.1", port, path, method: "GET", agent: false }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    request.end();
  });
}
