import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import type { Logger } from "../logger";
import type { BoardBus, BusMessage, BusMessageKind } from "./board-bus";

const CHANNEL_PREFIX = "brownpaper:room:";
const KINDS: readonly BusMessageKind[] = ["update", "awareness"];
const INSTANCE_BYTES = 12;

/**
 * BoardBus on Redis pub/sub. A frame is [kind][instance id][payload], binary. Each instance
 * drops its own frames. ioredis reconnects and resubscribes by itself; after an outage the
 * `onResync` listeners run so rooms reload what other instances stored meanwhile.
 */
export class RedisBus implements BoardBus {
  private readonly instance = randomBytes(INSTANCE_BYTES);
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly handlers = new Map<string, (message: BusMessage) => void>();
  private readonly resyncListeners: (() => void)[] = [];
  private wasReady = false;
  private lostSinceReady = false;

  constructor(url: string, private readonly logger: Logger) {
    const options = { maxRetriesPerRequest: null, enableOfflineQueue: true, retryStrategy: (times: number) => Math.min(times * 100, 2000) };
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, options);
    for (const [name, client] of [["publisher", this.publisher], ["subscriber", this.subscriber]] as const) {
      client.on("error", (error: Error) => this.logger.warn("redis.error", { client: name, error: error.message }));
    }
    this.subscriber.on("close", () => {
      if (this.wasReady) this.lostSinceReady = true;
    });
    this.subscriber.on("ready", () => {
      if (this.wasReady && this.lostSinceReady) {
        this.lostSinceReady = false;
        this.logger.info("redis.resync", { rooms: this.handlers.size });
        for (const listener of this.resyncListeners) listener();
      }
      this.wasReady = true;
    });
    this.subscriber.on("messageBuffer", (channel: Buffer, frame: Buffer) => this.deliver(channel.toString(), frame));
  }

  /** Resolves once both connections are up, so start-up fails fast on a wrong REDIS_URL. */
  async ready(timeoutMs = 5000): Promise<void> {
    const wait = (client: Redis) =>
      client.status === "ready" ? Promise.resolve() : new Promise<void>((resolve) => client.once("ready", () => resolve()));
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

  private deliver(channel: string, frame: Buffer): void {
    if (!channel.startsWith(CHANNEL_PREFIX) || frame.length < 1 + INSTANCE_BYTES) return;
    if (frame.subarray(1, 1 + INSTANCE_BYTES).equals(this.instance)) return;
    const kind = KINDS[frame[0]!];
    const handler = this.handlers.get(channel.slice(CHANNEL_PREFIX.length));
    if (!kind || !handler) return;
    handler({ kind, data: new Uint8Array(frame.subarray(1 + INSTANCE_BYTES)) });
  }

  async subscribe(roomId: string, deliver: (message: BusMessage) => void): Promise<void> {
    this.handlers.set(roomId, deliver);
    await this.subscriber.subscribe(CHANNEL_PREFIX + roomId);
  }

  async unsubscribe(roomId: string): Promise<void> {
    this.handlers.delete(roomId);
    await this.subscriber.unsubscribe(CHANNEL_PREFIX + roomId).catch(() => {});
  }

  publish(roomId: string, message: BusMessage): void {
    const frame = Buffer.concat([Buffer.from([KINDS.indexOf(message.kind)]), this.instance, message.data]);
    this.publisher.publish(CHANNEL_PREFIX + roomId, frame).catch((error: Error) => {
      // Other instances catch up from the store on resync; the update itself is already stored.
      this.logger.warn("redis.publish_failed", { roomId, error: error.message });
    });
  }

  onResync(listener: () => void): void {
    this.resyncListeners.push(listener);
  }

  async close(): Promise<void> {
    this.handlers.clear();
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}
