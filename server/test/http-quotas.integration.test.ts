import { afterEach, describe, expect, it } from "vitest";
import { MemoryStore } from "../src/storage/memory-store";
import { ControlledStore } from "./controlled-store";
import { purchaseToPayFile } from "./board-file-fixture";
import { SyncClients } from "./sync-clients";
import { TestServer } from "./test-server";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

/** More free bytes than any disk has: the floor is always under water. */
const UNREACHABLE_FLOOR = Number.MAX_SAFE_INTEGER;

function saveSnapshot(server: TestServer, boardId: string, token: string, name: string): Promise<Response> {
  return fetch(`${server.url}/api/boards/${boardId}/snapshots`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ name }),
  });
}

async function snapshotCount(server: TestServer, boardId: string, token: string): Promise<number> {
  const body = (await (await server.get(`/api/boards/${boardId}/snapshots`, token)).json()) as { snapshots: unknown[] };
  return body.snapshots.length;
}

describe("board creation per address", () => {
  it("answers the 31st board of a minute from one address with 429, Retry-After and the limit's name", async () => {
    const server = clients.track(await TestServer.start());
    for (let i = 0; i < 29; i++) expect((await server.post("/api/boards")).status).toBe(201);
    // Imports are creations too.
    expect((await server.post("/api/boards", purchaseToPayFile())).status).toBe(201);
    const refused = await server.post("/api/boards");
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    expect(((await refused.json()) as { error: string }).error).toMatch(/BOARD_CREATIONS_PER_MINUTE/);
    expect(await server.metric('brownpaper_rejected_total{reason="http_creation_rate"}')).toBe(1);
    // The rest of the API still answers that address.
    expect((await server.get("/api/time")).status).toBe(200);
  });

  it("honours a configured rate", async () => {
    const server = clients.track(await TestServer.start({ limits: { boardCreationsPerMinute: 2 } }));
    expect((await server.post("/api/boards")).status).toBe(201);
    expect((await server.post("/api/boards")).status).toBe(201);
    expect((await server.post("/api/boards")).status).toBe(429);
  });
});

describe("snapshots per board", () => {
  it("refuses a snapshot past MAX_SNAPSHOTS_PER_BOARD with 409 and keeps the others", async () => {
    const server = clients.track(await TestServer.start({ limits: { maxSnapshotsPerBoard: 2 } }));
    const board = await server.createBoard();
    expect((await saveSnapshot(server, board.id, board.editToken, "one")).status).toBe(201);
    expect((await saveSnapshot(server, board.id, board.editToken, "two")).status).toBe(201);
    const refused = await saveSnapshot(server, board.id, board.editToken, "three");
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: string }).error).toMatch(/MAX_SNAPSHOTS_PER_BOARD/);
    expect(await snapshotCount(server, board.id, board.editToken)).toBe(2);
    expect(await server.metric('brownpaper_rejected_total{reason="http_snapshot_quota"}')).toBe(1);
    // Another board has a quota of its own.
    const other = await server.createBoard();
    expect((await saveSnapshot(server, other.id, other.editToken, "one")).status).toBe(201);
  });

  it("snapshots asked for at once cannot together pass the count", async () => {
    const server = clients.track(await TestServer.start({ limits: { maxSnapshotsPerBoard: 2 } }));
    const board = await server.createBoard(purchaseToPayFile());
    const statuses = await Promise.all(
      [1, 2, 3, 4, 5, 6].map(async (n) => (await saveSnapshot(server, board.id, board.editToken, `s${n}`)).status),
    );
    expect(statuses.filter((status) => status === 201)).toHaveLength(2);
    expect(statuses.filter((status) => status === 409)).toHaveLength(4);
    expect(await snapshotCount(server, board.id, board.editToken)).toBe(2);
  });

  it("refuses a snapshot that would take the board's snapshots past MAX_SNAPSHOT_BYTES_PER_BOARD with 413", async () => {
    const maxBytes = 40_000;
    const server = clients.track(await TestServer.start({ limits: { maxSnapshotBytesPerBoard: maxBytes } }));
    const board = await server.createBoard(purchaseToPayFile());
    const statuses: number[] = [];
    let error = "";
    while (statuses.at(-1) !== 413 && statuses.length < 100) {
      const response = await saveSnapshot(server, board.id, board.editToken, `s${statuses.length}`);
      statuses.push(response.status);
      if (response.status !== 201) error = ((await response.json()) as { error: string }).error;
    }
    expect(statuses.at(-1)).toBe(413);
    expect(statuses.slice(0, -1).every((status) => status === 201)).toBe(true);
    expect(statuses.length).toBeGreaterThan(1);
    expect(error).toMatch(/MAX_SNAPSHOT_BYTES_PER_BOARD/);
    // What was kept fits under the cap.
    const list = (await (await server.get(`/api/boards/${board.id}/snapshots`, board.editToken)).json()) as {
      snapshots: { id: string }[];
    };
    let kept = 0;
    for (const { id } of list.snapshots) {
      kept += (await (await server.get(`/api/boards/${board.id}/snapshots/${id}`, board.editToken)).arrayBuffer())
        .byteLength;
    }
    expect(list.snapshots).toHaveLength(statuses.length - 1);
    expect(kept).toBeLessThanOrEqual(maxBytes);
  });
});

describe("disk-space floor", () => {
  it("below DISK_FREE_FLOOR_BYTES refuses new boards, imports and snapshots with 507, and /healthz says why", async () => {
    const roomy = await TestServer.start();
    const board = await roomy.createBoard();
    await roomy.close();
    const server = clients.track(
      await TestServer.start({
        ...roomy.config,
        port: 0,
        limits: { ...roomy.config.limits, diskFreeFloorBytes: UNREACHABLE_FLOOR },
      }),
    );

    const blank = await server.post("/api/boards");
    expect(blank.status).toBe(507);
    expect(((await blank.json()) as { error: string }).error).toMatch(/DISK_FREE_FLOOR_BYTES/);
    expect((await server.post("/api/boards", purchaseToPayFile())).status).toBe(507);
    expect((await saveSnapshot(server, board.id, board.editToken, "full")).status).toBe(507);
    expect(await snapshotCount(server, board.id, board.editToken)).toBe(0);

    const health = await server.get("/healthz");
    expect(health.status).toBe(503);
    expect(((await health.json()) as { ok: boolean; reason: string }).reason).toMatch(/DISK_FREE_FLOOR_BYTES/);
    expect(await server.metric('brownpaper_rejected_total{reason="http_disk_floor"}')).toBe(3);
    // Reading what is there still works.
    expect((await server.get(`/api/boards/${board.id}/export.json`, board.viewToken)).status).toBe(200);
  });

  it("with the floor met, writes and /healthz are fine", async () => {
    const server = clients.track(await TestServer.start({ limits: { diskFreeFloorBytes: 1024 } }));
    expect((await server.post("/api/boards")).status).toBe(201);
    expect((await server.get("/healthz")).status).toBe(200);
  });
});

/** A store whose health check never answers, as a stalled database's would. */
class StalledHealthStore extends ControlledStore {
  override healthy(): Promise<boolean> {
    return new Promise(() => {});
  }
}

describe("/healthz deadline", () => {
  it("answers 503 naming the deadline when the store does not answer, instead of hanging", async () => {
    const server = clients.track(
      await TestServer.start(
        { limits: { healthTimeoutMs: 200 } },
        { store: new StalledHealthStore(new MemoryStore()) },
      ),
    );
    const probes = await Promise.all(
      [1, 2, 3].map(() => fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(10_000) })),
    );
    for (const probe of probes) {
      expect(probe.status).toBe(503);
      expect(((await probe.json()) as { reason: string }).reason).toMatch(/within 200 ms/);
    }
    expect((await server.get("/api/time")).status).toBe(200);
  });
});
