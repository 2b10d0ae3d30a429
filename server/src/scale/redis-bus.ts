import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import type { Logger } from "../logger";
import type { BoardBus, BusMessage, BusMessageKind } from "./board-bus";

const CHANNEL_PREFIX = "brownpaper:room:";
/** Where an instance that could not publish for a while asks the others to catch up from the store. */
const RESYNC_CHANNEL = "brownpaper:resync";
/** A frame's first byte is its kind's index: new kinds go last, so older instances skip them. */
const KINDS: readonly BusMessageKind[] = ["update", "awareness", "presence-query", "presence-answer"];
const INSTANCE_BYTES = 12;
/** A count that takes longer than this (Redis gone but not yet noticed, commands queued) is unknown. */
const COUNT_TIMEOUT_MS = 2000;

/**
 * BoardBus on Redis pub/sub. A frame is [kind][instance id][payload], binary. Each instance
 * drops its own frames. ioredis reconnects and resubscribes by itself. Nothing is queued while
 * Redis is away (an outage would otherwise pile up every update in memory): every update is in
 * the store already, so after an outage the `onResync` listeners run on every instance and rooms
 * reload what the others stored meanwhile.
 */
export class RedisBus implements BoardBus {
  readonly shared = true;
  private readonly instance = randomBytes(INSTANCE_BYTES);
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly handlers = new Map<string, (message: BusMessage) => void>();
  private readonly resyncListeners: (() => void)[] = [];
  private subscriberLost = false;
  private publisherLost = false;
  private closed = false;

  constructor(
    url: string,
    private readonly logger: Logger,
  ) {
    const options = {
      maxRetriesPerRequest: null,
      enableOfflineQueue: true,
      retryStrategy: (times: number) => Math.min(times * 100, 2000),
    };
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, options);
    for (const [name, client] of [
      ["publisher", this.publisher],
      ["subscriber", this.subscriber],
    ] as const) {
      client.on("error", (error: Error) => this.logger.warn("redis.error", { client: name, error: error.message }));
    }
    void this.subscriber.subscribe(RESYNC_CHANNEL).catch(() => {});
    this.subscriber.on("close", () => (this.subscriberLost = true));
    this.subscriber.once("ready", () => {
      this.subscriberLost = false;
      // From now on a new `ready` follows an outage: messages may have been missed.
      this.subscriber.on("ready", () => {
        if (!this.subscriberLost) return;
        this.subscriberLost = false;
        void this.resubscribed().then(() => this.resync("subscriber"));
      });
    });
    this.publisher.on("close", () => (this.publisherLost = true));
    this.publisher.once("ready", () => {
      this.publisherLost = false;
      this.publisher.on("ready", () => {
        if (!this.publisherLost) return;
        this.publisherLost = false;
        // What this instance could not publish is in the store; the others should read it.
        this.publisher.publish(RESYNC_CHANNEL, Buffer.from(this.instance)).catch(() => {});
      });
    });
    this.subscriber.on("messageBuffer", (channel: Buffer, frame: Buffer) => this.deliver(channel.toString(), frame));
  }

  private resync(cause: string): void {
    if (this.closed) return;
    this.logger.info("redis.resync", { cause, rooms: this.handlers.size });
    for (const listener of this.resyncListeners) listener();
  }

  /** Resolves once both connections are up, so start-up fails fast on a wrong REDIS_URL. */
  async ready(timeoutMs = 5000): Promise<void> {
    const wait = (client: Redis) =>
      client.status === "ready"
        ? Promise.resolve()
        : new Promise<void>((resolve) => client.once("ready", () => resolve()));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms.`)), timeoutMs);
    });
    try {
      await Promise.race([Promise.all([wait(this.publisher), wait(this.subscriber)]), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Resolves once Redis has taken back every subscription. ioredis resubscribes by itself on
   * `ready`; a SUBSCRIBE of our own queued behind its commands is answered after them, so a room
   * that catches up from the store afterwards cannot miss an update published in between.
   */
  private async resubscribed(): Promise<void> {
    const channels = [...this.handlers.keys()].map((roomId) => CHANNEL_PREFIX + roomId);
    if (channels.length === 0) return;
    await this.subscriber.subscribe(...channels).catch((error: Error) => {
      this.logger.warn("redis.resubscribe_failed", { error: error.message });
    });
  }

  private deliver(channel: string, frame: Buffer): void {
    if (channel === RESYNC_CHANNEL) {
      if (!frame.equals(this.instance)) this.resync("another instance");
      return;
    }
    if (!channel.startsWith(CHANNEL_PREFIX) || frame.length < 1 + INSTANCE_BYTES) return;
    if (frame.subarray(1, 1 + INSTANCE_BYTES).equals(this.instance)) return;
    const kind = KINDS[frame[0]!];
    const handler = this.handlers.get(channel.slice(CHANNEL_PREFIX.length));
    if (!kind || !handler) return;
    handler({ kind, data: new Uint8Array(frame.subarray(1 + INSTANCE_BYTES)) });
  }

  async subscribe(roomId: string, deliver: (message: BusMessage) => void): Promise<void> {
    this.handlers.set(roomId, deliver);
    const subscribed = this.subscriber.subscribe(CHANNEL_PREFIX + roomId);
    // While Redis is away a board still loads (from the store); the subscription is made on
    // reconnect and the resync that follows brings the room up to date.
    if (this.subscriber.status !== "ready") {
      subscribed.catch(() => {});
      return;
    }
    await subscribed;
  }

  async unsubscribe(roomId: string): Promise<void> {
    this.handlers.delete(roomId);
    await this.subscriber.unsubscribe(CHANNEL_PREFIX + roomId).catch(() => {});
  }

  publish(roomId: string, message: BusMessage): void {
    void this.publishCounted(roomId, message);
  }

  async publishCounted(roomId: string, message: BusMessage): Promise<number | null> {
    if (this.publisher.status !== "ready") return null;
    // Our own subscription must be live for the count below to mean anything.
    const counted = this.subscriber.status === "ready" && !this.subscriberLost;
    const frame = Buffer.concat([Buffer.from([KINDS.indexOf(message.kind)]), this.instance, message.data]);
    try {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<null>((resolve) => (timer = setTimeout(resolve, COUNT_TIMEOUT_MS, null).unref()));
      const receivers = await Promise.race([this.publisher.publish(CHANNEL_PREFIX + roomId, frame), late]).finally(() =>
        clearTimeout(timer),
      );
      if (receivers === null || !counted) return null;
      // PUBLISH counts every subscriber on this (non-cluster) Redis, this instance's own included.
      return Math.max(0, receivers - (this.handlers.has(roomId) ? 1 : 0));
    } catch (error) {
      // Other instances catch up from the store on resync; the update itself is already stored.
      this.logger.warn("redis.publish_failed", { roomId, error: (error as Error).message });
      return null;
    }
  }

  onResync(listener: () => void): void {
    this.resyncListeners.push(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.handlers.clear();
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}
