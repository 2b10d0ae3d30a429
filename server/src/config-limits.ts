import type { HeavyWorkSettings } from "./heavy-work/heavy-work";
import { integer, type Env } from "./config-env";

/** What the HTTP side lets one address or board take, and how long it waits. Every field is an environment variable. */
export interface HttpLimits {
  /** Boards one address may create (blank or imported) in any 60 seconds; past it 429 with Retry-After. 0 = no limit. */
  boardCreationsPerMinute: number;
  /** Snapshots one board may keep; past it 409. */
  maxSnapshotsPerBoard: number;
  /** Bytes of snapshot data one board may keep; a snapshot that would pass it is refused with 413. */
  maxSnapshotBytesPerBoard: number;
  /** Free bytes DATA_DIR's file system must keep; below it writes get 507 and /healthz 503. 0 = no floor. */
  diskFreeFloorBytes: number;
  /** How long a request body may take to arrive; past it 408. */
  bodyTimeoutMs: number;
  /** How long request headers may take to arrive (Node's headersTimeout). */
  headersTimeoutMs: number;
  /** How long /healthz waits for the store and the disk before it answers 503. */
  healthTimeoutMs: number;
  /** Open TCP connections the server accepts, WebSockets included (Node's maxConnections). */
  maxHttpConnections: number;
  /** Open plain HTTP connections (not WebSockets) per address; ignored with TRUST_PROXY, where the proxy is the address. */
  maxHttpConnectionsPerIp: number;
}

/**
 * What boards may cost in memory and on disk, and how long the store may keep a board waiting.
 * Every field is an environment variable (README, "Limits").
 */
export interface StorageLimits {
  /** Bytes a board's stored log may hold; an update that would take it past this is refused (4413). */
  maxBoardBytes: number;
  /** Boards in memory at once; past it, idle boards are unloaded first, least recently used first. */
  maxLoadedBoards: number;
  /**
   * Stored bytes of the boards in memory, added up; a board is loaded only while the total is below it.
   * A board in memory takes some 15-20 times its stored size (7.5 MB stored took about 130 MB).
   */
  maxLoadedBytes: number;
  /** Bytes of a board's updates waiting for the store; past it the board closes with 1011. */
  maxUnstoredBytesPerBoard: number;
  /** Presence states (JSON bytes) one board holds, added up; a state that would pass it is dropped. */
  maxPresenceBytesPerBoard: number;
  /** PostgreSQL: statement_timeout, and how long the client waits for any answer (query_timeout). */
  databaseQueryTimeoutMs: number;
  /** SQLite: how long one write attempt waits for another process's lock before it is retried later. */
  sqliteBusyTimeoutMs: number;
  /** SQLite: how long a locked write keeps being retried (without blocking) before it fails. */
  sqliteBusyRetryMs: number;
  /** On shutdown, how long storing what is still unsaved may take before the process stops anyway. */
  shutdownFlushTimeoutMs: number;
}

/** What one client, board or address may cost the server. Every field is an environment variable. */
export interface Limits extends HttpLimits, StorageLimits, HeavyWorkSettings {
  maxConnectionsPerBoard: number;
  maxConnectionsPerIp: number;
  /** Per-connection token buckets; each holds two seconds' worth (bytes: at least one largest message). */
  messagesPerSecond: number;
  bytesPerSecond: number;
  /** Main-thread milliseconds per second a connection's messages may take (decode, apply, replies). */
  cpuMsPerSecond: number;
  /** Frames a connection may have waiting while its board loads or its last update is checked. */
  maxQueuedMessages: number;
  maxQueuedBytes: number;
  /** A client whose unsent data passes this is disconnected as a slow reader. */
  maxBufferedBytes: number;
  /** Largest presence state (JSON) one client id may hold. */
  maxAwarenessStateBytes: number;
  /** Updates with at least this many structs and deletions are first applied in a worker thread. */
  updateTrialStructs: number;
  /** How long that trial may take before the update is refused. */
  updateTrialTimeoutMs: number;
  /** Updates waiting for missing history, per board, before the connection that sent them is closed. */
  maxPendingUpdateBytes: number;
  /** WebSocket ping interval; a connection that missed the previous pong is dropped. 0 = off. */
  pingIntervalMs: number;
  /** After a connection is closed for what it cost (rate, CPU, costly updates), its address waits this long. */
  offenderCooldownMs: number;
}

export const MIB = 1024 * 1024;

/** The limits with every variable unset: what the README documents as defaults. */
export function defaultLimits(): Limits {
  return limits({}, 8 * MIB);
}

function httpLimits(env: Env): HttpLimits {
  return {
    boardCreationsPerMinute: integer(env, "BOARD_CREATIONS_PER_MINUTE", 30, 0, 1_000_000),
    maxSnapshotsPerBoard: integer(env, "MAX_SNAPSHOTS_PER_BOARD", 200, 1, 1_000_000),
    maxSnapshotBytesPerBoard: integer(env, "MAX_SNAPSHOT_BYTES_PER_BOARD", 256 * MIB, 1024, 1024 * 1024 * MIB),
    diskFreeFloorBytes: integer(env, "DISK_FREE_FLOOR_BYTES", 256 * MIB, 0, Number.MAX_SAFE_INTEGER),
    bodyTimeoutMs: integer(env, "BODY_TIMEOUT_MS", 30_000, 100, 60 * 60 * 1000),
    headersTimeoutMs: integer(env, "HEADERS_TIMEOUT_MS", 20_000, 100, 60 * 60 * 1000),
    healthTimeoutMs: integer(env, "HEALTH_TIMEOUT_MS", 2000, 10, 60_000),
    maxHttpConnections: integer(env, "MAX_HTTP_CONNECTIONS", 10_000, 1, 1_000_000),
    maxHttpConnectionsPerIp: integer(env, "MAX_HTTP_CONNECTIONS_PER_IP", 256, 1, 1_000_000),
  };
}

function storageLimits(env: Env): StorageLimits {
  return {
    maxBoardBytes: integer(env, "MAX_BOARD_BYTES", 32 * MIB, 1024, 64 * 1024 * MIB),
    maxLoadedBoards: integer(env, "MAX_LOADED_BOARDS", 1000, 1, 1_000_000),
    maxLoadedBytes: integer(env, "MAX_LOADED_BYTES", 256 * MIB, 1024, 1024 * 1024 * MIB),
    maxUnstoredBytesPerBoard: integer(env, "MAX_UNSTORED_BYTES_PER_BOARD", 16 * MIB, 1024, 64 * 1024 * MIB),
    maxPresenceBytesPerBoard: integer(env, "MAX_PRESENCE_BYTES_PER_BOARD", 512 * 1024, 1024, 1024 * MIB),
    databaseQueryTimeoutMs: integer(env, "DATABASE_QUERY_TIMEOUT_MS", 10_000, 100, 10 * 60 * 1000),
    sqliteBusyTimeoutMs: integer(env, "SQLITE_BUSY_TIMEOUT_MS", 50, 0, 60_000),
    sqliteBusyRetryMs: integer(env, "SQLITE_BUSY_RETRY_MS", 10_000, 0, 10 * 60 * 1000),
    shutdownFlushTimeoutMs: integer(env, "SHUTDOWN_FLUSH_TIMEOUT_MS", 10_000, 0, 10 * 60 * 1000),
  };
}

/** Imports and exports in worker threads (see HeavyWorkPool), and the cache of finished exports. */
function heavyWorkSettings(env: Env): HeavyWorkSettings {
  return {
    heavyWorkThreads: integer(env, "HEAVY_WORK_THREADS", 2, 1, 64),
    heavyWorkTimeoutMs: integer(env, "HEAVY_WORK_TIMEOUT_MS", 20_000, 100, 10 * 60 * 1000),
    heavyWorkQueue: integer(env, "HEAVY_WORK_QUEUE", 32, 0, 100_000),
    heavyWorkMemoryMb: integer(env, "HEAVY_WORK_MEMORY_MB", 1024, 64, 64 * 1024),
    exportCacheBytes: integer(env, "EXPORT_CACHE_BYTES", 64 * MIB, 0, 64 * 1024 * MIB),
  };
}

/** Every limit read from the environment; the queue of a connection holds at least two of the largest messages. */
export function limits(env: Env, maxMessageBytes: number): Limits {
  return {
    ...heavyWorkSettings(env),
    ...httpLimits(env),
    ...storageLimits(env),
    maxConnectionsPerBoard: integer(env, "MAX_CONNECTIONS_PER_BOARD", 200, 1, 1_000_000),
    maxConnectionsPerIp: integer(env, "MAX_CONNECTIONS_PER_IP", 100, 1, 1_000_000),
    messagesPerSecond: integer(env, "RATE_LIMIT_MESSAGES_PER_SECOND", 300, 1, 1_000_000),
    bytesPerSecond: integer(env, "RATE_LIMIT_BYTES_PER_SECOND", MIB, 1024, 1024 * MIB),
    cpuMsPerSecond: integer(env, "RATE_LIMIT_CPU_MS_PER_SECOND", 250, 1, 1000),
    maxQueuedMessages: integer(env, "MAX_QUEUED_MESSAGES", 256, 1, 1_000_000),
    maxQueuedBytes: integer(env, "MAX_QUEUED_BYTES", Math.max(16 * MIB, 2 * maxMessageBytes), 1024, 4096 * MIB),
    maxBufferedBytes: integer(env, "MAX_BUFFERED_BYTES", 4 * MIB, 1024, 4096 * MIB),
    maxAwarenessStateBytes: integer(env, "MAX_AWARENESS_STATE_BYTES", 8 * 1024, 16, 1024 * MIB),
    updateTrialStructs: integer(env, "UPDATE_TRIAL_STRUCTS", 1000, 1, 100_000_000),
    updateTrialTimeoutMs: integer(env, "UPDATE_TRIAL_TIMEOUT_MS", 500, 10, 10 * 60 * 1000),
    maxPendingUpdateBytes: integer(env, "MAX_PENDING_UPDATE_BYTES", MIB, 0, 1024 * MIB),
    pingIntervalMs: integer(env, "PING_INTERVAL_MS", 30_000, 0, 24 * 60 * 60 * 1000),
    offenderCooldownMs: integer(env, "OFFENDER_COOLDOWN_MS", 10_000, 0, 24 * 60 * 60 * 1000),
  };
}
