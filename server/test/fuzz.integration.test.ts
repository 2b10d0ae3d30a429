import { afterAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { ROOT } from "@brownpaper/shared";
import { sampleValue } from "../src/metrics";
import { fuzzCorpus, fuzzMessage, type FuzzMessage } from "./fuzz-messages";
import { removeServerData, ServerProcess } from "./server-process";
import { tempDir, type CreatedBoard } from "./test-server";
import { waitFor } from "./wait";

/**
 * Thousands of mutated protocol messages at a real server process, while a well-behaved client
 * keeps editing another board. Replay a failure with the printed FUZZ_SEED (FUZZ_MESSAGES
 * scales the run).
 */
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const MESSAGES = Number(process.env.FUZZ_MESSAGES ?? 10_000);
const LANES = 4;
const BATCH = 8;
const BATCHES_PER_SOCKET = 6;
const REPLY_TIMEOUT_MS = 10_000;
/** RSS may grow by this much over the run; unbounded growth (a leak per message) would not fit. */
const RSS_ALLOWANCE = 200 * 1024 * 1024;

let server: ServerProcess | undefined;
const dataDir = tempDir("brownpaper-fuzz-");
const providers: WebsocketProvider[] = [];
afterAll(async () => {
  for (const provider of providers) provider.destroy();
  await server?.kill("SIGKILL");
  await removeServerData(dataDir);
});

interface LaneStats {
  sent: number;
  closes: Map<number, number>;
}

function provider(
  target: ServerProcess,
  board: CreatedBoard,
  token: string,
  doc: Y.Doc,
): { link: WebsocketProvider; closes: number[] } {
  const link = new WebsocketProvider(target.syncUrl, board.id, doc, {
    params: { token },
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  providers.push(link);
  const closes: number[] = [];
  link.on("connection-close", (event) => closes.push(event?.code ?? 0));
  return { link, closes };
}

/** Opens a socket, sends batches of fuzz messages, and after each batch waits for a sync reply or a close. */
async function fuzzSocket(
  target: ServerProcess,
  board: CreatedBoard,
  take: () => FuzzMessage | null,
  stats: LaneStats,
): Promise<boolean> {
  const token = Math.random() < 0.1 ? board.viewToken : board.editToken;
  const socket = new WebSocket(`${target.syncUrl}/${board.id}?token=${token}`);
  socket.on("error", () => {});
  let closedWith: number | null = null;
  let replies = 0;
  socket.on("message", (data: Buffer) => {
    if (data[0] === 0 && data[1] === 1) replies++;
  });
  const closed = new Promise<void>((resolve) => socket.once("close", (code) => ((closedWith = code), resolve())));
  const opened = await new Promise<boolean>((resolve) => {
    socket.once("open", () => resolve(true));
    socket.once("unexpected-response", () => resolve(false));
    socket.once("close", () => resolve(false));
  });
  if (!opened) return true;
  for (let batch = 0; batch < BATCHES_PER_SOCKET && closedWith === null; batch++) {
    for (let i = 0; i < BATCH && closedWith === null; i++) {
      const message = take();
      if (!message) break;
      socket.send(message.bytes, { binary: !message.text });
      stats.sent++;
    }
    const repliesBefore = replies;
    socket.send(new Uint8Array([0, 0, 1, 0])); // sync step 1 with an empty state vector: always answered
    const deadline = Date.now() + REPLY_TIMEOUT_MS;
    while (closedWith === null && replies === repliesBefore) {
      if (Date.now() > deadline)
        throw new Error(`FUZZ_SEED=${SEED}: no reply and no close within ${REPLY_TIMEOUT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }
  if (closedWith === null) socket.close();
  await closed;
  stats.closes.set(closedWith ?? 0, (stats.closes.get(closedWith ?? 0) ?? 0) + 1);
  return closedWith !== null;
}

async function rss(target: ServerProcess): Promise<number> {
  return sampleValue(await target.metricsText(), "process_resident_memory_bytes") ?? 0;
}

describe("fuzzing the sync endpoint", () => {
  it(`${MESSAGES} mutated messages close only their own connections; the server stays up, bounded, and another board converges`, async () => {
    console.log(`FUZZ_SEED=${SEED} FUZZ_MESSAGES=${MESSAGES}`);
    // One address sends everything here; a cool-down would only slow the run down.
    server = await ServerProcess.start(dataDir, { OFFENDER_COOLDOWN_MS: "0", LOG_LEVEL: "warn" });
    const target = server;
    const targets = [await target.createBoard(), await target.createBoard()];
    const quiet = await target.createBoard();

    const writerDoc = new Y.Doc();
    const writer = provider(target, quiet, quiet.editToken, writerDoc);
    const observerDoc = new Y.Doc();
    const observer = provider(target, quiet, quiet.viewToken, observerDoc);
    await waitFor("the well-behaved clients synced", () => writer.link.synced && observer.link.synced);
    let written = 0;
    const writing = setInterval(
      () => writerDoc.getMap(ROOT.notes).set(`n${written++}`, { text: `note ${written}` }),
      20,
    );

    const corpus = fuzzCorpus();
    let nextIndex = 0;
    const take = (): FuzzMessage | null => (nextIndex < MESSAGES ? fuzzMessage(corpus, SEED, nextIndex++) : null);
    const stats: LaneStats = { sent: 0, closes: new Map() };
    let baseline = 0;
    let peak = 0;
    let died: string | null = null;
    void target.exited.then(
      (exit) => (died = `the server exited (${JSON.stringify(exit)}) around message ${nextIndex}`),
    );
    const lanes = Array.from({ length: LANES }, async (_, lane) => {
      while (nextIndex < MESSAGES) {
        if (died) throw new Error(`FUZZ_SEED=${SEED}: ${died}`);
        await fuzzSocket(target, targets[lane % targets.length]!, take, stats);
        if (lane === 0 && baseline === 0 && nextIndex > 300) baseline = await rss(target);
        if (lane === 0 && baseline > 0) peak = Math.max(peak, await rss(target));
      }
    });
    await Promise.all(lanes);
    clearInterval(writing);
    const final = await rss(target);
    peak = Math.max(peak, final);

    await waitFor("the quiet board converged", () => observerDoc.getMap(ROOT.notes).size === written, 15_000);
    const metrics = await target.metricsText();
    const rejected = (reason: string): number =>
      sampleValue(metrics, `brownpaper_rejected_total{reason="${reason}"}`) ?? 0;
    console.log(
      `sent ${stats.sent} fuzz messages; closes by code ${JSON.stringify(Object.fromEntries(stats.closes))}; ` +
        `refused: malformed ${rejected("malformed")}, update_refused ${rejected("update_refused")}, bad_frame ${rejected("bad_frame")}, ` +
        `text_frame ${rejected("text_frame")}, update_too_costly ${rejected("update_too_costly")}, rate_cpu ${rejected("rate_cpu")}; ` +
        `RSS baseline ${(baseline / 2 ** 20).toFixed(1)} MiB, peak ${(peak / 2 ** 20).toFixed(1)} MiB, final ${(final / 2 ** 20).toFixed(1)} MiB; ` +
        `quiet board: ${written} notes converged`,
    );

    expect((await fetch(`${target.url}/healthz`)).status).toBe(200);
    expect(stats.sent).toBe(MESSAGES);
    expect(rejected("malformed") + rejected("update_refused"), "the fuzz reached the decoders").toBeGreaterThan(
      MESSAGES / 20,
    );
    expect(
      [...stats.closes.keys()].every((code) => [0, 1000, 1003, 1005, 1007, 1008, 1009].includes(code)),
      JSON.stringify([...stats.closes]),
    ).toBe(true);
    expect(writer.closes.concat(observer.closes), "the well-behaved clients were never disconnected").toEqual([]);
    expect(peak - baseline, `RSS grew from ${baseline} to ${peak}`).toBeLessThan(RSS_ALLOWANCE);
    expect(await target.kill("SIGTERM")).toEqual({ code: 0, signal: null });
  }, 120_000);
});
