/**
 * How long a board saved by a newer Brownpaper is refused from memory. y-websocket reconnects
 * after any close, so without this each retry of each client would load the whole board again
 * only to fail the same way; the answer cannot change until this server is upgraded (restarted).
 */
export const TOO_NEW_RETRY_MS = 60_000;
/** Refusals remembered at most; the oldest go first. */
const MAX_REMEMBERED_REFUSALS = 10_000;

/** Rooms refused for being too new, with the message and when to try loading again. */
export class TooNewRefusals {
  private readonly refusals = new Map<string, { message: string; until: number }>();

  /** The refusal's message while it stands, else null (and the refusal is forgotten). */
  standing(roomId: string): string | null {
    const refusal = this.refusals.get(roomId);
    if (refusal && refusal.until > Date.now()) return refusal.message;
    this.refusals.delete(roomId);
    return null;
  }

  remember(roomId: string, message: string): void {
    if (this.refusals.size >= MAX_REMEMBERED_REFUSALS) {
      const oldest = this.refusals.keys().next().value;
      if (oldest !== undefined) this.refusals.delete(oldest);
    }
    this.refusals.set(roomId, { message, until: Date.now() + TOO_NEW_RETRY_MS });
  }
}
