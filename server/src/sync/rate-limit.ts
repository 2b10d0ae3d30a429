/**
 * A token bucket: holds up to `capacity` tokens, refilled at `perSecond`. Spending may take it
 * below zero (the cost of a message is only known once it has been handled); it is then empty
 * until it has refilled past zero.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly perSecond: number,
    private readonly capacity: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = capacity;
    this.updatedAt = now();
  }

  /** Takes `amount` tokens; false (and nothing taken) when the bucket cannot cover it. */
  take(amount: number): boolean {
    this.refill();
    if (this.tokens < amount) return false;
    this.tokens -= amount;
    return true;
  }

  /** Takes `amount` whatever is left; false once the bucket is overdrawn. */
  spend(amount: number): boolean {
    this.refill();
    this.tokens -= amount;
    return this.tokens >= 0;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.updatedAt) / 1000) * this.perSecond);
    this.updatedAt = now;
  }
}

export interface RateLimits {
  messagesPerSecond: number;
  bytesPerSecond: number;
  cpuMsPerSecond: number;
}

/** Bursts of this many seconds pass the limiter at once. */
const BURST_SECONDS = 2;

export type RateVerdict = "ok" | "messages" | "bytes" | "cpu";

/**
 * What one connection may cost per second: messages, bytes, and main-thread time spent on its
 * messages. The byte bucket always fits one largest message, so a big first sync gets through.
 */
export class ConnectionBudget {
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;
  private readonly cpuMs: TokenBucket;

  constructor(limits: RateLimits, maxMessageBytes: number, now?: () => number) {
    this.messages = new TokenBucket(limits.messagesPerSecond, limits.messagesPerSecond * BURST_SECONDS, now);
    this.bytes = new TokenBucket(
      limits.bytesPerSecond,
      Math.max(limits.bytesPerSecond * BURST_SECONDS, maxMessageBytes),
      now,
    );
    this.cpuMs = new TokenBucket(limits.cpuMsPerSecond, limits.cpuMsPerSecond * BURST_SECONDS, now);
  }

  /** Admits one incoming message of `size` bytes. */
  admit(size: number): RateVerdict {
    if (!this.messages.take(1)) return "messages";
    if (!this.bytes.take(size)) return "bytes";
    return "ok";
  }

  /** Charges main-thread time; false once the connection has used more than its share. */
  charge(ms: number): boolean {
    return this.cpuMs.spend(ms);
  }
}
