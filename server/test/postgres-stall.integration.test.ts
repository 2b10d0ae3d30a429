import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { addLane, readBoard } from "@brownpaper/shared";
import { TEST_DATABASE_URL } from "./postgres";
import { removeServerData, ServerProcess } from "./server-process";
import { upgradeOutcome } from "./sync-clients";
import { SCALE_OUT, tempDir } from "./test-server";
import { settle, waitFor } from "./wait";

/**
 * PostgreSQL "paused": the backend processes serving this test's server are stopped with
 * SIGSTOP, found by the application_name the test gives the server's pool. The cluster is shared
 * with other test runs, so nothing else is ever stopped (never the postmaster), every stopped
 * backend gets SIGCONT in a `finally`, and backends the pool opens meanwhile are stopped as they
 * appear.
 */
class BackendPause {
  private readonly stopped = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private readonly client = new pg.Client({ connectionString: TEST_DATABASE_URL });

  constructor(private readonly applicationName: string) {}

  async start(): Promise<void> {
    await this.client.connect();
    await this.sweep();
    if (this.stopped.size === 0) throw new Error(`no backend has application_name ${this.applicationName}`);
    const tick = (): void => {
      this.timer = setTimeout(() => void this.sweep().then(tick, tick), 20);
    };
    tick();
  }

  get count(): number {
    return this.stopped.size;
  }

  private async sweep(): Promise<void> {
    const { rows } = await this.client.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()",
      [this.applicationName],
    );
    for (const { pid } of rows) {
      if (this.stopped.has(pid)) continue;
      this.stopped.add(pid);
      process.kill(pid, "SIGSTOP");
    }
  }

  async resume(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const pid of this.stopped) {
      try {
        process.kill(pid, "SIGCONT");
      } catch {
        // Gone already.
      }
    }
    this.stopped.clear();
    await this.client.end().catch(() => {});
  }
}

const pauses: BackendPause[] = [];
const running: ServerProcess[] = [];
const providers: WebsocketProvider[] = [];
const dataDirs: string[] = [];
afterEach(async () => {
  for (const pause of pauses.splice(0)) await pause.resume();
  for (const provider of providers.splice(0)) provider.destroy();
  for (const server of running.splice(0)) await server.kill("SIGKILL");
  for (const dir of dataDirs.splice(0)) await removeServerData(dir);
});

interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  closes: number[];
}

function connect(server: ServerProcess, boardId: string, token: string): Client {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server.syncUrl, boardId, doc, {
    params: { token },
    disableBc: true,
    maxBackoffTime: 200,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  providers.push(provider);
  const closes: number[] = [];
  provider.on("connection-close", (event) => closes.push(event?.code ?? 0));
  return { doc, provider, closes };
}

const laneNames = (doc: Y.Doc): string[] => readBoard(doc).lanes.map((lane) => lane.name);

async function startServer(dataDir: string, applicationName: string, env: Record<string, string>) {
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set("application_name", applicationName);
  const server = await ServerProcess.start(dataDir, { DATABASE_URL: url.href, ...env });
  running.push(server);
  return server;
}

function exited(server: ServerProcess): () => boolean {
  let done = false;
  void server.exited.then(() => (done = true));
  return () => done;
}

/** Everything the observer was ever sent is stored: a fresh server on the same schema has it. */
async function expectStored(dataDir: string, boardId: string, token: string, lanes: readonly string[]) {
  const server = await startServer(dataDir, `bp_stall_check_${process.pid}`, {});
  const reader = connect(server, boardId, token);
  await waitFor("the reader synced", () => reader.provider.synced, 10_000);
  for (const lane of lanes) expect(laneNames(reader.doc)).toContain(lane);
}

describe.skipIf(!SCALE_OUT)("PostgreSQL paused with SIGSTOP", () => {
  it("watchers and joiners get a clear close or refusal in bounded time, SIGTERM exits, and nothing acknowledged is lost", async () => {
    const dataDir = tempDir();
    dataDirs.push(dataDir);
    const applicationName = `bp_stall_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const server = await startServer(dataDir, applicationName, { DATABASE_QUERY_TIMEOUT_MS: "1000" });
    const board = await server.createBoard();
    const editor = connect(server, board.id, board.editToken);
    const watcher = connect(server, board.id, board.viewToken);
    await waitFor("both synced", () => editor.provider.synced && watcher.provider.synced, 10_000);
    addLane(editor.doc, { name: "Before the stall" });
    await waitFor("the watcher has the first lane", () => laneNames(watcher.doc).includes("Before the stall"));

    const pause = new BackendPause(applicationName);
    pauses.push(pause);
    await pause.start();
    addLane(editor.doc, { name: "During the stall" });
    // The write cannot finish: the board closes (1011) once the query times out, instead of hanging.
    await waitFor("the watcher is closed with 1011", () => watcher.closes.includes(1011), 15_000);
    expect(laneNames(watcher.doc)).not.toContain("During the stall");

    // A joiner is told, once the store's lookup times out, that the board cannot be loaded now.
    const joiner = new WebSocket(`${server.syncUrl}/${board.id}?token=${board.viewToken}`);
    joiner.on("error", () => {});
    const joinerClosed = new Promise<{ code: number; reason: string }>((resolve) =>
      joiner.once("close", (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    expect(await upgradeOutcome(joiner)).toBe("open");
    expect(await joinerClosed).toEqual({ code: 1011, reason: "board could not be loaded" });

    const stopped = exited(server);
    void server.kill("SIGTERM");
    await waitFor("the server exits on SIGTERM with the database still paused", stopped, 15_000);
    expect(pause.count).toBeGreaterThan(0);
    await pause.resume();

    await expectStored(dataDir, board.id, board.viewToken, laneNames(watcher.doc));
  });

  it("SIGTERM with a write stuck in a paused database exits after SHUTDOWN_FLUSH_TIMEOUT_MS and logs what was not stored", async () => {
    const dataDir = tempDir();
    dataDirs.push(dataDir);
    const applicationName = `bp_stall_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const server = await startServer(dataDir, applicationName, {
      DATABASE_QUERY_TIMEOUT_MS: "600000",
      SHUTDOWN_FLUSH_TIMEOUT_MS: "1000",
    });
    const board = await server.createBoard();
    const editor = connect(server, board.id, board.editToken);
    const watcher = connect(server, board.id, board.viewToken);
    await waitFor("both synced", () => editor.provider.synced && watcher.provider.synced, 10_000);
    addLane(editor.doc, { name: "Acknowledged" });
    await waitFor("the watcher has the first lane", () => laneNames(watcher.doc).includes("Acknowledged"));

    const pause = new BackendPause(applicationName);
    pauses.push(pause);
    await pause.start();
    addLane(editor.doc, { name: "Never acknowledged" });
    // Time for the lane to reach the server and its write to get stuck.
    await settle(300);
    const stopped = exited(server);
    void server.kill("SIGTERM");
    await waitFor("the server exits on SIGTERM with a write stuck", stopped, 15_000);
    expect(server.log.some((line) => line.includes('"event":"shutdown.unflushed"'))).toBe(true);
    expect(laneNames(watcher.doc)).not.toContain("Never acknowledged");
    await pause.resume();

    await expectStored(dataDir, board.id, board.viewToken, laneNames(watcher.doc));
  });
});
