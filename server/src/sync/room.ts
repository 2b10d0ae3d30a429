import * as Y from "yjs";
import type { Limits } from "../config";
import { errorMessage, type Logger } from "../logger";
import type { Metrics } from "../metrics";
import type { BoardBus, BusMessage } from "../scale/board-bus";
import type { BoardStore } from "../storage/board-store";
import { CLOSE, type Connection } from "./connection";
import { withoutPending } from "./pending";
import { decodeMessage, syncStep1Message, syncStep2Message, updateMessage } from "./protocol";
import { RoomPresence } from "./room-presence";
import { loadBoardDoc } from "./stored-doc";
import type { UpdateTrial } from "./update-trial";
import { UnstoredBytesError, UpdateLog } from "./update-log";
import { UpdateIntake } from "./update-intake";

export interface RoomOptions {
  boardId: string;
  store: BoardStore;
  /** How other instances with this room loaded hear of its changes (LocalBus: nobody). */
  bus: BoardBus;
  logger: Logger;
  metrics: Metrics;
  limits: Limits;
  /** How long asking the other instances who is here may hold new presence ids. */
  presenceWaitMs: number;
  trial: UpdateTrial;
  /** Root types updates may touch: the board layout's, or the facilitation doc's. */
  roots: ReadonlySet<string>;
  /** Board docs run the schema migrations on load; facilitation docs do not. */
  migrate: boolean;
  /** Board docs keep the dot vote's settings for facilitator links; facilitation docs are theirs already. */
  guardVoteSettings: boolean;
  /** Whether this connection may change the doc right now (its link, and the board's lock). */
  mayWrite: (connection: Connection) => boolean;
  compactEvery: number;
  /** The last connection left. */
  onEmpty: (room: Room) => void;
  /** An update could not be stored; the room has closed its connections and must be dropped. */
  onFailure: (room: Room) => void;
}

/**
 * Origin of what another instance stored and published (or what catching up read from the
 * store): relayed to this instance's clients, never stored or published again.
 */
const REMOTE = Symbol("another instance");

/**
 * One loaded board: its doc, who is present (RoomPresence), and the connections editing or watching it.
 * Only write-capable connections change the doc, and only with updates that pass the structural
 * check (and, when large, a timed trial); everything they change is stored before it reaches
 * anyone else (see UpdateLog).
 */
export class Room {
  readonly boardId: string;
  private readonly connections = new Set<Connection>();
  private readonly presence: RoomPresence;
  private readonly updates: UpdateLog;
  private readonly intake: UpdateIntake;
  private closed = false;

  /** Loads a board completely (and stores its migration) before any client is served. */
  static async load(options: RoomOptions): Promise<Room> {
    const loaded = await loadBoardDoc(options.store, options.boardId, { migrate: options.migrate });
    let { lastSeq, storedRows, storedBytes } = loaded;
    if (loaded.migrationUpdate) {
      try {
        lastSeq = await options.store.append(options.boardId, loaded.migrationUpdate);
        storedRows++;
        storedBytes += loaded.migrationUpdate.byteLength;
      } catch (error) {
        loaded.doc.destroy();
        throw error;
      }
      options.bus.publish(options.boardId, { kind: "update", data: loaded.migrationUpdate });
    }
    return new Room(options, loaded.doc, lastSeq, storedRows, storedBytes);
  }

  private constructor(
    private readonly options: RoomOptions,
    readonly doc: Y.Doc,
    lastSeq: number,
    storedRows: number,
    storedBytes: number,
  ) {
    this.boardId = options.boardId;
    this.presence = new RoomPresence({
      boardId: options.boardId,
      doc,
      bus: options.bus,
      metrics: options.metrics,
      maxStateBytes: options.limits.maxAwarenessStateBytes,
      maxBytes: options.limits.maxPresenceBytesPerBoard,
      waitMs: options.presenceWaitMs,
      connections: this.connections,
    });
    this.updates = new UpdateLog({
      boardId: options.boardId,
      store: options.store,
      logger: options.logger,
      metrics: options.metrics,
      lastSeq,
      storedRows,
      storedBytes,
      maxUnstoredBytes: options.limits.maxUnstoredBytesPerBoard,
      compactEvery: options.compactEvery,
      // Pending updates were never stored one by one; the snapshot holds what the log holds.
      snapshot: () => withoutPending(doc, () => Y.encodeStateAsUpdate(doc)),
      compactFromStore: options.bus.shared,
      onFailure: (error) => this.fail(error),
    });
    this.intake = new UpdateIntake({
      boardId: options.boardId,
      doc,
      logger: options.logger,
      metrics: options.metrics,
      limits: options.limits,
      trial: options.trial,
      roots: options.roots,
      guardVoteSettings: options.guardVoteSettings,
      storedBytes: () => this.updates.bytes,
      isClosed: () => this.closed,
    });
    doc.on("update", this.onDocUpdate);
  }

  get size(): number {
    return this.connections.size;
  }

  /** Bytes of the board's stored log (and what waits to be stored): what MAX_BOARD_BYTES and MAX_LOADED_BYTES count. */
  get storedBytes(): number {
    return this.updates.bytes;
  }

  /** Serves a connection: the server's state vector and who is here, then its queued frames. */
  add(connection: Connection): void {
    if (this.closed || !connection.isOpen) return;
    this.connections.add(connection);
    connection.onClose(() => this.remove(connection));
    connection.send(syncStep1Message(this.doc));
    const present = this.presence.greeting();
    if (present) connection.send(present);
    connection.attach((frame) => this.receive(connection, frame));
  }

  /** Applies what another instance published for this room; its clients hear of it, the store does not. */
  applyRemote(message: BusMessage): void {
    if (this.closed) return;
    try {
      if (message.kind === "update") {
        Y.applyUpdate(this.doc, message.data, REMOTE);
        this.updates.noteStored(message.data.byteLength);
      } else this.presence.applyRemote(message);
    } catch (error) {
      this.options.logger.warn("bus.bad_message", {
        boardId: this.boardId,
        kind: message.kind,
        error: errorMessage(error),
      });
    }
  }

  /** Takes in the stored log (after a bus outage): what other instances stored meanwhile reaches this room's clients. */
  catchUp(stored: Uint8Array[]): void {
    if (this.closed || stored.length === 0) return;
    Y.applyUpdate(this.doc, Y.mergeUpdates(stored), REMOTE);
  }

  /** Asks the other instances for their clients' presence (they answer on the bus). */
  requestPresence(): void {
    if (!this.closed) this.presence.ask();
  }

  /** Bytes of updates received and not stored yet. */
  get unstoredBytes(): number {
    return this.updates.unstoredBytes;
  }

  /** Resolves once every update received so far is stored. */
  flush(): Promise<void> {
    return this.updates.flush();
  }

  /** Closes every connection (e.g. 1001 on shutdown); the room takes no more frames. */
  closeAll(code: number, reason: string): void {
    this.closed = true;
    this.presence.close();
    for (const connection of this.connections) connection.close(code, reason);
  }

  destroy(): void {
    this.closed = true;
    this.doc.off("update", this.onDocUpdate);
    this.presence.destroy();
    this.doc.destroy();
  }

  private remove(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    this.presence.leave(connection);
    if (this.connections.size === 0 && !this.closed) this.options.onEmpty(this);
  }

  private receive(connection: Connection, frame: Uint8Array): void | Promise<void> {
    if (this.closed) return;
    try {
      const message = decodeMessage(frame);
      switch (message.kind) {
        case "sync-step-1": {
          // Computed now, sent once everything it contains is stored.
          const reply = syncStep2Message(this.doc, message.stateVector);
          this.updates.afterStored(() => connection.send(reply));
          return;
        }
        case "sync-step-2":
        case "update":
          if (!this.options.mayWrite(connection)) {
            connection.droppedWrites++;
            this.options.metrics.reject("read_only");
            this.options.logger.debug("sync.write_dropped", { boardId: this.boardId, connId: connection.id });
            return;
          }
          return this.intake.receive(connection, message.update);
        case "awareness":
          this.presence.receive(connection, message.update);
          return;
        case "ignored":
          this.options.logger.debug("sync.ignored_message", {
            boardId: this.boardId,
            connId: connection.id,
            type: message.messageType,
          });
          return;
      }
    } catch (error) {
      this.intake.refuse(connection, error);
    }
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    const message = updateMessage(update);
    if (origin === REMOTE) {
      // Stored by the instance that published it (or read from the store): relay only.
      this.relay(message, null);
      return;
    }
    this.updates.record(update, () => {
      // Published before it is relayed: once a client here holds it, it is on its way to the
      // other instances too, even if this process dies right after.
      this.options.bus.publish(this.boardId, { kind: "update", data: update });
      this.relay(message, origin);
    });
  };

  private relay(message: Uint8Array, origin: unknown): void {
    for (const connection of this.connections) {
      if (connection === origin || !connection.isOpen) continue;
      connection.send(message);
      this.options.metrics.updatesOut++;
    }
  }

  private fail(error: unknown): void {
    this.options.logger.error("board.append_failed", { boardId: this.boardId, error: errorMessage(error) });
    this.closeAll(
      CLOSE.internalError,
      error instanceof UnstoredBytesError ? "too many changes waiting to be saved" : "board could not be saved",
    );
    this.options.onFailure(this);
  }
}
