/**
 * When each client sends, open loop: client i sends at `start + phase_i + k × period`, whatever
 * the server answers. Phases are spread at random so sends do not arrive in bursts. Walking the
 * clients in phase order makes each tick O(sends due).
 */
export class OpenLoopSchedule {
  private readonly order: Array<{ client: number; phase: number }>;
  private next = 0;
  private cycleStart: number;
  readonly periodMs: number;

  constructor(clients: number, ratePerClient: number, start: number, random: () => number = Math.random) {
    if (!(ratePerClient > 0)) throw new Error("rate must be positive");
    this.periodMs = 1000 / ratePerClient;
    this.order = Array.from({ length: clients }, (_, client) => ({ client, phase: random() * this.periodMs }));
    this.order.sort((a, b) => a.phase - b.phase);
    this.cycleStart = start;
  }

  /** Sends due up to `now`, oldest first, each with the time it was meant to go. */
  due(now: number, visit: (client: number, intendedAt: number) => void): void {
    if (this.order.length === 0) return;
    for (;;) {
      const entry = this.order[this.next]!;
      const at = this.cycleStart + entry.phase;
      if (at > now) return;
      visit(entry.client, at);
      this.next++;
      if (this.next === this.order.length) {
        this.next = 0;
        this.cycleStart += this.periodMs;
      }
    }
  }
}
