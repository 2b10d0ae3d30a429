import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { largeBoardFile } from "@brownpaper/shared/src/test-support/large-board";
import { probeClock, probesDuring } from "./clock-probe";
import { removeServerData, ServerProcess } from "./server-process";
import { tempDir, TestServer, type CreatedBoard } from "./test-server";

/**
 * A board far past any workshop's, imported and exported while another client keeps asking the
 * time: the big request may take long, but it must not take the server from everyone else.
 */
const BIG_BOARD_STEPS = 40_000;
/** Big enough that drawing it takes seconds (an SVG of ~20 MB), small enough to draw three times within the test. */
const EXPORTED_BOARD_STEPS = 10_000;
/** Probes sent this long after the heavy request started find its body read and its work running. */
const UNDER_WAY_MS = 500;
/** A free main thread answers dozens of probes meanwhile; a stalled one at most the one it was holding. */
const FREE_THREAD_PROBES = 3;

let server: ServerProcess;
let dataDir: string;

beforeAll(async () => {
  dataDir = tempDir();
  server = await ServerProcess.start(dataDir, { HEAVY_WORK_TIMEOUT_MS: "55000" });
});

afterAll(async () => {
  await server?.kill("SIGKILL");
  await removeServerData(dataDir);
});

/** When the request went out, when its answer began (its work done) and when its body was in. */
async function importBoard(file: string): Promise<Response> {
  return fetch(`${server.url}/api/boards`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: file,
  });
}

async function timed(request: () => Promise<Response>) {
  const startedAt = performance.now();
  const response = await request();
  const answeredAt = performance.now();
  const body = await response.arrayBuffer();
  return { status: response.status, body, startedAt, answeredAt, finishedAt: performance.now() };
}

describe("heavy requests run off the main thread", { timeout: 60_000 }, () => {
  it(`answers /api/time while a ${BIG_BOARD_STEPS}-step board file is imported`, async () => {
    const file = JSON.stringify(largeBoardFile({ steps: BIG_BOARD_STEPS }));
    const clock = probeClock(server.url);
    const created = await timed(() => importBoard(file));
    const seen = probesDuring(await clock.stop(), created.startedAt, created.answeredAt);
    console.info(
      `import of ${(file.length / 1e6).toFixed(1)} MB: ${Math.round(created.finishedAt - created.startedAt)} ms, ` +
        `longest /api/time wait ${Math.round(seen.longestWaitMs)} ms`,
    );

    expect(created.status).toBe(201);
    expect(seen.answeredWhileRunning(UNDER_WAY_MS)).toBeGreaterThanOrEqual(FREE_THREAD_PROBES);
  });

  it("refuses a board file past an entity cap with 413 naming the cap, before validating a step of it", async () => {
    const file = { ...largeBoardFile({ steps: 1 }), steps: new Array(50_001).fill({ not: "a step" }) };
    const refused = await importBoard(JSON.stringify(file));
    expect(refused.status).toBe(413);
    expect(await refused.json()).toEqual({ error: "A board may hold at most 50,000 steps; this one has 50,001." });
  });

  it(`answers /api/time while three SVG exports of a ${EXPORTED_BOARD_STEPS}-step board run at once`, async () => {
    const imported = await importBoard(JSON.stringify(largeBoardFile({ steps: EXPORTED_BOARD_STEPS })));
    expect(imported.status).toBe(201);
    const big = (await imported.json()) as CreatedBoard;
    const clock = probeClock(server.url);
    const exports = await Promise.all(
      [1, 2, 3].map(() =>
        timed(() =>
          fetch(`${server.url}/api/boards/${big.id}/export.svg`, {
            headers: { authorization: `Bearer ${big.viewToken}` },
          }),
        ),
      ),
    );
    const startedAt = Math.min(...exports.map((e) => e.startedAt));
    const finishedAt = Math.max(...exports.map((e) => e.finishedAt));
    const probes = await clock.stop();
    // Until the first export is answered, all three are being worked on.
    const firstAnsweredAt = Math.min(...exports.map((e) => e.answeredAt));
    const seen = probesDuring(probes, startedAt, firstAnsweredAt);
    console.info(
      `3 parallel export.svg (${(exports[0]!.body.byteLength / 1e6).toFixed(1)} MB each): ` +
        `${Math.round(finishedAt - startedAt)} ms, longest /api/time wait ` +
        `${Math.round(probesDuring(probes, startedAt, finishedAt).longestWaitMs)} ms`,
    );

    expect(exports.map((e) => e.status)).toEqual([200, 200, 200]);
    expect(new Set(exports.map((e) => e.body.byteLength)).size).toBe(1);
    expect(seen.answeredWhileRunning(UNDER_WAY_MS)).toBeGreaterThanOrEqual(FREE_THREAD_PROBES);
  });
});

describe("heavy requests past their time", () => {
  it("answers 503 naming HEAVY_WORK_TIMEOUT_MS when an import takes longer", async () => {
    const limited = await TestServer.start({ limits: { heavyWorkTimeoutMs: 200 } });
    try {
      // Seconds of work in a thread (a 40,000-step file takes 2.6 s), and a fresh thread takes a while to start.
      const response = await limited.post("/api/boards", largeBoardFile({ steps: 20_000 }));
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        error:
          "The server stopped this import after 200 ms (HEAVY_WORK_TIMEOUT_MS): the board is too big to finish in time.",
      });
    } finally {
      await limited.close();
      await limited.removeData();
    }
  });
});
