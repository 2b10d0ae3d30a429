import { Histogram } from "../stats/histogram";

/** One edit as its sender sent it. */
interface SentEdit {
  /** The sender's clock after the edit: a receiver has applied it once its state reaches this. */
  endClock: number;
  sentAt: number;
  /** Receivers that have not applied it yet. */
  remaining: number;
  measured: boolean;
  /** When the last receiver applied it; NaN until then. */
  completedAt: number;
}

export interface FanoutCounts {
  /** Edits scheduled inside the measurement window. */
  measuredSent: number;
  /** Of those, edits every other client of the board has applied within `deadline`. */
  completedByDeadline: number;
  /** (edit, receiver) pairs still missing, over every edit sent. */
  missingDeliveries: number;
  expectedDeliveries: number;
}

/**
 * Fan-out latency keyed by (client id, clock): an edit counts as delivered to a receiver the
 * moment the receiver's doc holds the sender's state up to the edit's end clock, so an edit
 * merged into a later update, or applied only once a missing one arrives, is still timed
 * correctly. Receivers report what their doc now holds; the tracker walks each sender's log.
 */
export class FanoutTracker {
  readonly latency = new Histogram();
  private readonly sent = new Map<number, SentEdit[]>();
  private readonly cursors = new Map<number, Map<number, number>>();
  private expected = 0;
  private delivered = 0;

  /** `measured`: the edit was scheduled inside the window; the others only count for loss. */
  sentEdit(sender: number, endClock: number, sentAt: number, receivers: number, measured = true): void {
    let log = this.sent.get(sender);
    if (!log) this.sent.set(sender, (log = []));
    log.push({ endClock, sentAt, remaining: receivers, measured, completedAt: receivers === 0 ? sentAt : Number.NaN });
    this.expected += receivers;
  }

  /** `receiver`'s doc now holds `sender`'s edits up to (not including) `clock`. */
  applied(receiver: number, sender: number, clock: number, now: number): void {
    if (receiver === sender) return;
    const log = this.sent.get(sender);
    if (!log) return;
    let cursors = this.cursors.get(receiver);
    if (!cursors) this.cursors.set(receiver, (cursors = new Map()));
    let index = cursors.get(sender) ?? 0;
    while (index < log.length && log[index]!.endClock <= clock) {
      const edit = log[index]!;
      if (edit.measured) this.latency.recordMillis(now - edit.sentAt);
      edit.remaining--;
      this.delivered++;
      if (edit.remaining === 0) edit.completedAt = now;
      index++;
    }
    cursors.set(sender, index);
  }

  get allDelivered(): boolean {
    return this.delivered >= this.expected;
  }

  counts(deadline: number): FanoutCounts {
    let measuredSent = 0;
    let completedByDeadline = 0;
    for (const log of this.sent.values()) {
      for (const edit of log) {
        if (!edit.measured) continue;
        measuredSent++;
        if (edit.completedAt <= deadline) completedByDeadline++;
      }
    }
    return {
      measuredSent,
      completedByDeadline,
      missingDeliveries: this.expected - this.delivered,
      expectedDeliveries: this.expected,
    };
  }
}
