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
  /**
   * More server environment, e.g. DATABASE_URL, DATABASE_SCHEMA and REDIS_URL to run the rounds
   * on PostgreSQL and Redis (the bench); the caller drops such a schema afterwards.
   */
  serverEnv?: Record<string, string>;
}

export interface CrashRound {
  round: number;
  killAfterMs: number;
  /** Structs the writers received from the server during this round. */
  receivedStructs: number;
  /** Ids received so far (this round and before) that the fresh client lacked. */
  lackingIds: number;
}

export interface CrashRoundsReport {
  rounds: number;
  /** Updates the writers received from the server over all rounds. */
  receivedUpdates: number;
  /** (client, clock) ranges the writers received over all rounds. */
  receivedStructs: number;
  receivedDeletions: number;
  /** Distinct ids (inserted, and deleted) some writer received: what the fresh clients were checked for. */
  checkedIds: number;
  /** Ids the fresh client lacked after the worst round; each round checks everything received so far. */
  missingIds: number;
  /** What the fresh client lacked, as "round n: client:from..to" or "round n: deleted client:clock". Empty when durable. */
  missing: string[];
  perRound: CrashRound[];
}

/** Ids a doc lacks: a client's missing clocks as one range, or one deletion it does not have. */
export interface Gap {
  id: string;
  ids: number;
}

/** Highest clock end per client, and deleted ranges, that some writer received. */
export class Received {
  readonly clocks = new Map<number, number>();
  readonly deletions: { client: number; clock: number; len: number }[] = [];
  structs = 0;
  updates = 0;

  record(update: Uint8Array): void {
    this.updates++;
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

  /** Every deleted id once: the writers each receive a deletion, and again with each sync. */
  private deletedIds(): Map<number, Set<number>> {
    const ids = new Map<number, Set<number>>();
    for (const { client, clock, len } of this.deletions) {
      const clocks = ids.get(client) ?? new Set<number>();
      for (let at = clock; at < clock + len; at++) clocks.add(at);
      ids.set(client, clocks);
    }
    return ids;
  }

  /** Distinct ids received: every clock below each client's end, and every deleted id. */
  checkedIds(): number {
    let count = 0;
    for (const end of this.clocks.values()) count += end;
    for (const clocks of this.deletedIds().values()) count += clocks.size;
    return count;
  }

  gapsIn(doc: Y.Doc): Gap[] {
    const gaps: Gap[] = [];
    for (const [client, end] of this.clocks) {
      const state = Y.getState(doc.store, client);
      if (state < end) gaps.push({ id: `${client}:${state}..${end - 1}`, ids: end - state });
    }
    const deleted = Y.createDeleteSetFromStructStore(doc.store);
    for (const [client, clocks] of this.deletedIds()) {
      for (const at of clocks) {
        if (!Y.isDeleted(deleted, Y.createID(client, at))) gaps.push({ id: `deleted ${client}:${at}`, ids: 1 });
      }
    }
    return gaps;
  }

  missingFrom(doc: Y.Doc): string[] {
    return this.gapsIn(doc).map((gap) => gap.id);
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
export function provider(
  syncUrl: string,
  boardId: string,
  token: string,
  doc: Y.Doc,
  maxBackoffTime = 2500,
): WebsocketProvider {
  return new WebsocketProvider(syncUrl, boardId, doc, {
    params: { token },
    disableBc: true,
    maxBackoffTime,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
}

/** A writer: sets and deletes notes, recording every update that came from the server. */
export function startWriter(
  syncUrl: string,
  boardId: string,
  token: string,
  received: Received,
  next: () => number,
  maxBackoffTime?: number,
) {
  const doc = new Y.Doc();
  const link = provider(syncUrl, boardId, token, doc, maxBackoffTime);
  doc.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin === link) received.record(update);
  });
  const notes = doc.getMap(ROOT.notes);
  let written = 0;
  const timer = setInterval(
    () => {
      if (!link.synced) return;
      notes.set(`${doc.clientID}-${written++}`, { text: `note ${written}`, at: Date.now() });
      if (written > 3 && next() < 0.3) notes.delete(`${doc.clientID}-${Math.floor(next() * (written - 1))}`);
    },
    4 + Math.floor(next() * 6),
  );
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
  const env = { COMPACT_EVERY: "20", ROOM_UNLOAD_DELAY_MS: "100", ...options.serverEnv };
  let server = await ServerProcess.start(dataDir, env);
  const received = new Received();
  const missing: string[] = [];
  const perRound: CrashRound[] = [];
  try {
    const board = await server.createBoard();
    for (let round = 1; round <= options.rounds; round++) {
      const writers = Array.from({ length: options.writers ?? 3 }, () =>
        startWriter(server.syncUrl, board.id, board.editToken, received, next),
      );
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
      const gaps = received.gapsIn(fresh);
      const lackingIds = gaps.reduce((sum, gap) => sum + gap.ids, 0);
      perRound.push({ round, killAfterMs, receivedStructs: received.structs - before, lackingIds });
      log(
        `round ${round}: killed after ${killAfterMs} ms (${exit.signal}); writers had received ${received.structs - before} new structs; fresh client lacks ${lackingIds} ids`,
      );
      missing.push(...gaps.map((gap) => `round ${round}: ${gap.id}`));
      reader.destroy();
      fresh.destroy();
    }
  } finally {
    await server.kill("SIGKILL");
    await removeServerData(dataDir);
  }
  return {
    rounds: options.rounds,
    receivedUpdates: received.updates,
    receivedStructs: received.structs,
    receivedDeletions: received.deletions.length,
    checkedIds: received.checkedIds(),
    missingIds: Math.max(0, ...perRound.map((round) => round.lackingIds)),
    missing,
    perRound,
  };
}
