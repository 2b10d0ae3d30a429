import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { ROOT } from "@brownpaper/shared";
import { removeServerData, ServerProcess } from "./server-process";
import { tempDir } from "./test-server";
import { waitFor } from "./wait";

/**
 * The SIGKILL durability check, shared by the test suite (CRASH_ROUNDS, at least 5) and the
 * bench (20 or more): writers edit one board, the server is killed at a random moment, the
 * writers stay offline, and a fresh client of the restarted server must hold everything any
 * writer had *received from the server* before the kill. Only what was received counts: a
 * writer's own edits may die with the server unacknowledged, but an edit relayed to someone was
 * stored first, or the server is lying.
 */
export interface CrashRoundsOptions {
  rounds: number;
  seed: number;
  writers?: number;
  log?: (line: string) => void;
}

export interface CrashRoundsReport {
  rounds: number;
  /** (client, clock) ranges the writers received over all rounds. */
  receivedStructs: number;
  receivedDeletions: number;
  /** Ranges the fresh client lacked, as "client:clock". Empty when durable. */
  missing: string[];
}

/** Highest clock end per client, and deleted ranges, that some writer received. */
export class Received {
  readonly clocks = new Map<number, number>();
  readonly deletions: { client: number; clock: number; len: number }[] = [];
  structs = 0;

  record(update: Uint8Array): void {
    const { structs, ds } = Y.decodeUpdate(update);
    for (const struct of structs) {
      if (struct instanceof Y.Skip) continue;
      const end = struct.id.clock + struct.length;
      this.clocks.set(struct.id.client, Math.max(this.clocks.get(struct.id.client) ?? 0, end));
      this.structs++;
    }
    for (const [client, items] of ds.clients) {
      for (const item of items) this.deletions.push({ client, clock: item.clock, len: item.len });
    }
  }

  missingFrom(doc: Y.Doc): string[] {
    const missing: string[] = [];
    for (const [client, end] of this.clocks) {
      if (Y.getState(doc.store, client) < end) missing.push(`${client}:${end - 1}`);
    }
    const deleted = Y.createDeleteSetFromStructStore(doc.store);
    for (const { client, clock, len } of this.deletions) {
      for (let at = clock; at < clock + len; at++) {
        if (!Y.isDeleted(deleted, Y.createID(client, at))) missing.push(`deleted ${client}:${at}`);
      }
    }
    return missing;
  }
}

export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stock y-websocket client; `syncUrl` is `ws://host:port/sync`. */
export function provider(syncUrl: string, boardId: string, token: string, doc: Y.Doc, maxBackoffTime = 2500): WebsocketProvider {
  return new WebsocketProvider(syncUrl, boardId, doc, {
    params: { token },
    disableBc: true,
    maxBackoffTime,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
}

/** A writer: sets and deletes notes, recording every update that came from the server. */
export function startWriter(syncUrl: string, boardId: string, token: string, received: Received, next: () => number, maxBackoffTime?: number) {
  const doc = new Y.Doc();
  const link = provider(syncUrl, boardId, token, doc, maxBackoffTime);
  doc.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin === link) received.record(update);
  });
  const notes = doc.getMap(ROOT.notes);
  let written = 0;
  const timer = setInterval(() => {
    if (!link.synced) return;
    notes.set(`${doc.clientID}-${written++}`, { text: `note ${written}`, at: Date.now() });
    if (written > 3 && next() < 0.3) notes.delete(`${doc.clientID}-${Math.floor(next() * (written - 1))}`);
  }, 4 + Math.floor(next() * 6));
  return {
    synced: () => link.synced,
    stop(): void {
      clearInterval(timer);
      link.destroy();
      doc.destroy();
    },
  };
}

export async function runCrashRounds(options: CrashRoundsOptions): Promise<CrashRoundsReport> {
  const next = random(options.seed);
  const log = options.log ?? (() => {});
  const dataDir = tempDir("brownpaper-crash-");
  // Compaction every few updates, so kills also land around compactions.
  const env = { COMPACT_EVERY: "20", ROOM_UNLOAD_DELAY_MS: "100" };
  let server = await ServerProcess.start(dataDir, env);
  const board = await server.createBoard();
  const received = new Received();
  const missing: string[] = [];
  try {
    for (let round = 1; round <= options.rounds; round++) {
      const writers = Array.from({ length: options.writers ?? 3 }, () => startWriter(server.syncUrl, board.id, board.editToken, received, next));
      await waitFor(`round ${round}: writers synced`, () => writers.every((writer) => writer.synced()), 15_000);
      const before = received.structs;
      const killAfterMs = 80 + Math.floor(next() * 400);
      await new Promise((resolve) => setTimeout(resolve, killAfterMs));
      const exit = await server.kill("SIGKILL");
      // Offline from here on: nothing they hold can reach the next server.
      for (const writer of writers) writer.stop();
      server = await ServerProcess.start(dataDir, env);

      const fresh = new Y.Doc();
      const reader = provider(server.syncUrl, board.id, board.viewToken, fresh);
      await waitFor(`round ${round}: fresh client synced`, () => reader.synced, 15_000);
      const lacking = received.missingFrom(fresh);
      log(`round ${round}: killed after ${killAfterMs} ms (${exit.signal}); writers had received ${received.structs - before} new structs; fresh client lacks ${lacking.length}`);
      missing.push(...lacking.map((id) => `round ${round}: ${id}`));
      reader.destroy();
      fresh.destroy();
    }
  } finally {
    await server.kill("SIGKILL");
    await removeServerData(dataDir);
  }
  return { rounds: options.rounds, receivedStructs: received.structs, receivedDeletions: received.deletions.length, missing };
}
