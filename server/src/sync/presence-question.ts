import { randomBytes } from "node:crypto";

const QUESTION_ID_BYTES = 8;

/**
 * A room's question to the other instances with its board loaded: who is here? Each publishes
 * its clients' presence, then an answer naming the question (in that order, on one Redis
 * connection, so the presence arrives first). The question settles once as many answers came as
 * Redis counted receivers, or after `waitMs`: an instance may still be loading the board, or be
 * an older one that never answers.
 */
export class PresenceQuestion {
  private id: Buffer | null = null;
  private receivers: number | null = null;
  private answers = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly waitMs: number,
    private readonly onSettled: () => void,
  ) {}

  /**
   * Opens a question and returns its id. Asking again before it settles replaces it (answers to
   * the old one no longer count) but keeps its deadline, so the wait stays bounded.
   */
  ask(): Uint8Array {
    this.id = randomBytes(QUESTION_ID_BYTES);
    this.receivers = null;
    this.answers = 0;
    if (!this.timer) {
      this.timer = setTimeout(() => this.settle(), this.waitMs);
      this.timer.unref();
    }
    return this.id;
  }

  /** How many other instances heard question `id`, as its publish counted them. */
  heardBy(id: Uint8Array, receivers: number): void {
    if (!this.isOpen(id)) return;
    this.receivers = receivers;
    this.settleIfAnswered();
  }

  /** Another instance answered question `id`. */
  answered(id: Uint8Array): void {
    if (!this.isOpen(id)) return;
    this.answers++;
    this.settleIfAnswered();
  }

  /** Stops waiting without settling (the room is closing). */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.id = null;
  }

  private isOpen(id: Uint8Array): boolean {
    return this.id !== null && this.id.equals(id);
  }

  private settleIfAnswered(): void {
    if (this.receivers !== null && this.answers >= this.receivers) this.settle();
  }

  private settle(): void {
    this.cancel();
    this.onSettled();
  }
}
