/**
 * How server instances share what happens on a board. Each instance stores an update before it
 * publishes it, and applies (never stores) what others publish, so nothing is stored twice.
 */
export type BusMessageKind = "update" | "awareness";

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
  onResync(): void {}
  async close(): Promise<void> {}
}
