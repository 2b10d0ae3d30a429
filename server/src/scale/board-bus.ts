/**
 * How server instances share what happens on a board. Each instance stores an update before it
 * publishes it, and applies (never stores) what others publish, so nothing is stored twice.
 */
export type BusMessageKind = "update" | "awareness" | "presence-query" | "presence-answer";

/**
 * `update`: a stored doc update. `awareness`: an awareness update of the sender's clients.
 * `presence-query`: "who is here?", its data the question's id; every instance with the room
 * loaded publishes its clients' presence, then a `presence-answer` with that id.
 */
export interface BusMessage {
  kind: BusMessageKind;
  data: Uint8Array;
}

export interface BoardBus {
  /** Whether other instances may hold the same rooms (so a room must listen, publish and catch up). */
  readonly shared: boolean;
  /** Starts delivering other instances' messages for a room; resolves once subscribed. */
  subscribe(roomId: string, deliver: (message: BusMessage) => void): Promise<void>;
  unsubscribe(roomId: string): Promise<void>;
  /** Sends to every other instance with the room loaded. Never throws: a lost bus is logged and resynced. */
  publish(roomId: string, message: BusMessage): void;
  /**
   * Publishes and resolves with how many other instances have the room subscribed, or null when
   * that is unknown (the bus is away or still reconnecting). Never rejects.
   */
  publishCounted(roomId: string, message: BusMessage): Promise<number | null>;
  /** Called after the bus came back from an outage, so rooms can catch up from the store. */
  onResync(listener: () => void): void;
  close(): Promise<void>;
}

/** The single-instance bus: nobody else to tell. */
export class LocalBus implements BoardBus {
  readonly shared = false;
  async subscribe(): Promise<void> {}
  async unsubscribe(): Promise<void> {}
  publish(): void {}
  async publishCounted(): Promise<number | null> {
    return 0;
  }
  onResync(): void {}
  async close(): Promise<void> {}
}
