import type * as Y from "yjs";
import * as awarenessProtocol from "y-protocols/awareness";
import type { Metrics } from "../metrics";
import type { BoardBus, BusMessage } from "../scale/board-bus";
import {
  AwarenessGuard,
  encodeAwarenessUpdate,
  type AwarenessEntry,
  type PresenceChange,
  type PresenceVerdict,
} from "./awareness-guard";
import type { Connection } from "./connection";
import { PresenceQuestion } from "./presence-question";
import { withConnectionRole } from "./presence-role";
import { awarenessMessage } from "./protocol";

export interface RoomPresenceOptions {
  boardId: string;
  doc: Y.Doc;
  bus: BoardBus;
  metrics: Metrics;
  maxStateBytes: number;
  /** Presence bytes this instance's connections may hold in the room, added up (MAX_PRESENCE_BYTES_PER_BOARD). */
  maxBytes: number;
  /** How long asking the other instances who is here may hold new ids (Config.presenceWaitMs). */
  waitMs: number;
  /** The room's connections: who hears of changes. */
  connections: ReadonlySet<Connection>;
}

/** Origin of presence another instance published. */
const REMOTE = Symbol("another instance");
/** Origin of the presence removed when a local connection closes (published, unlike timeouts). */
const LEFT = Symbol("connection left");
/** A view link shows one person: one presence id. Edit and facilitator links may hold a few (several tabs' worth). */
const VIEW_LINK_IDS = 1;

/**
 * Who is present in a room: cursors and names, never stored. Each connection sets only its own
 * client ids (AwarenessGuard). With other instances, its clients' changes are published and
 * theirs applied; a room that asks them who is here holds claims of ids it has not seen until
 * they have answered (PresenceQuestion), so nobody takes over the id of a client on another
 * instance just by reaching an instance that does not know that client yet.
 */
export class RoomPresence {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly guard: AwarenessGuard<Connection>;
  private readonly question: PresenceQuestion;
  private closed = false;
  /** Bytes of each state this instance's connections set, and their sum: what the budget counts. */
  private readonly stateBytes = new Map<number, number>();
  private totalBytes = 0;

  constructor(private readonly options: RoomPresenceOptions) {
    this.awareness = new awarenessProtocol.Awareness(options.doc);
    this.awareness.setLocalState(null);
    this.guard = new AwarenessGuard(options.doc.clientID, options.maxStateBytes);
    this.question = new PresenceQuestion(options.waitMs, () => this.decideHeld());
    this.awareness.on("update", this.onUpdate);
  }

  /** Who is here, for a connection that just joined (null when nobody is). */
  greeting(): Uint8Array | null {
    const present = [...this.awareness.getStates().keys()];
    return present.length > 0 ? awarenessMessage(this.awareness, present) : null;
  }

  /** A connection's awareness update; states over the size limit are dropped. Throws ProtocolError for a malformed one. */
  receive(connection: Connection, update: Uint8Array): void {
    this.apply(connection, this.guard.filter(connection, update, connection.canWrite ? undefined : VIEW_LINK_IDS));
  }

  /** Another instance's presence, question or answer. Throws ProtocolError for malformed presence. */
  applyRemote(message: BusMessage): void {
    if (this.closed) return;
    switch (message.kind) {
      case "presence-query":
        this.answer(message.data);
        return;
      case "presence-answer":
        this.question.answered(message.data);
        return;
      case "awareness": {
        const allowed = this.guard.fromOtherInstance(message.data);
        if (allowed) awarenessProtocol.applyAwarenessUpdate(this.awareness, allowed, REMOTE);
        return;
      }
      case "update":
        return;
    }
  }

  /** Asks the other instances who is here; until they have answered, ids nobody here has seen wait. */
  ask(): void {
    const { bus, boardId } = this.options;
    if (this.closed || !bus.shared) return;
    this.guard.hold();
    const id = this.question.ask();
    // An unknown count (Redis still coming back) leaves the question to run to its deadline.
    void bus.publishCounted(boardId, { kind: "presence-query", data: id }).then((receivers) => {
      if (receivers !== null) this.question.heardBy(id, receivers);
    });
  }

  /** A connection closed: its clients leave, here and on the other instances. */
  leave(connection: Connection): void {
    const ids = this.guard.release(connection);
    if (!this.closed && ids.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, ids, LEFT);
  }

  /** Takes nothing more in and stops waiting for answers. */
  close(): void {
    this.closed = true;
    this.question.cancel();
  }

  destroy(): void {
    this.close();
    this.awareness.off("update", this.onUpdate);
    this.awareness.destroy();
  }

  /** This instance's clients' presence, then the answer naming `questionId`, in that order. */
  private answer(questionId: Uint8Array): void {
    const { bus, boardId } = this.options;
    const ids = this.guard.localIds().filter((id) => this.awareness.meta.has(id));
    if (ids.length > 0)
      bus.publish(boardId, { kind: "awareness", data: awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids) });
    bus.publish(boardId, { kind: "presence-answer", data: questionId });
  }

  private decideHeld(): void {
    if (this.closed) return;
    for (const [connection, verdict] of this.guard.decideHeld()) this.apply(connection, verdict);
  }

  private apply(connection: Connection, { allowed, refused, oversized = 0 }: PresenceVerdict): void {
    if (refused > 0) this.options.metrics.reject("awareness_not_owned");
    if (oversized > 0) this.options.metrics.reject("awareness_too_big");
    if (allowed.length === 0) return;
    const stamped = allowed
      .map((entry) => withConnectionRole(entry, connection.role))
      .filter((entry) => this.withinBudget(entry));
    if (stamped.length === 0) return;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessUpdate(stamped), connection);
  }

  /**
   * Counts a state against the room's presence budget, or drops it (the client's earlier state
   * stays) when it would take the room past it: everyone who joins is sent every state, and every
   * change is sent to everyone, so the budget bounds both.
   */
  private withinBudget(entry: AwarenessEntry): boolean {
    const bytes = entry.stateJson === "null" ? 0 : Buffer.byteLength(entry.stateJson);
    const previous = this.stateBytes.get(entry.clientId) ?? 0;
    if (bytes > previous && this.totalBytes + bytes - previous > this.options.maxBytes) {
      this.options.metrics.reject("presence_over_budget");
      return false;
    }
    this.count(entry.clientId, bytes);
    return true;
  }

  private count(clientId: number, bytes: number): void {
    this.totalBytes += bytes - (this.stateBytes.get(clientId) ?? 0);
    if (bytes === 0) this.stateBytes.delete(clientId);
    else this.stateBytes.set(clientId, bytes);
  }

  private readonly onUpdate = (change: PresenceChange, origin: unknown): void => {
    this.guard.noteChange(change, origin === REMOTE);
    const { added, updated, removed } = change;
    for (const id of removed) this.count(id, 0);
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0) return;
    const message = awarenessMessage(this.awareness, changed);
    for (const connection of this.options.connections) {
      if (connection !== origin) connection.send(message);
    }
    // Only this instance's clients are published: remote states came from the bus, and a state
    // that timed out here may be alive on the instance that owns it.
    if (origin === LEFT || this.options.connections.has(origin as Connection)) {
      this.options.bus.publish(this.options.boardId, {
        kind: "awareness",
        data: awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed),
      });
    }
  };
}
