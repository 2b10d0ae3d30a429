/** A refusal from a rate: how long until the next attempt can pass. */
export type RateAnswer = { ok: true } | { ok: false; retryAfterSeconds: number };

const WINDOW_MS = 60_000;
/** Addresses held before those with nothing in the last minute are let go. */
const PRUNE_AT = 10_000;

/**
 * Board creations per address: at most `perMinute` in any 60 seconds (a sliding log of the
 * times of the last `perMinute`), so a workshop can open them all at once, and the next one
 * is told exactly when it may come.
 */
export class CreationRate {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  take(address: string): RateAnswer {
    if (this.perMinute === 0) return { ok: true };
    const now = this.now();
    if (this.recent.size >= PRUNE_AT) this.prune(now);
    const times = (this.recent.get(address) ?? []).filter((time) => time > now - WINDOW_MS);
    this.recent.set(address, times);
    if (times.length >= this.perMinute) {
      const oldest = times[0] ?? now;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000)) };
    }
    times.push(now);
    return { ok: true };
  }

  private prune(now: number): void {
    for (const [address, times] of this.recent) {
      if ((times.at(-1) ?? 0) <= now - WINDOW_MS) this.recent.delete(address);
    }
  }
}
