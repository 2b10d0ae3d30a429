/**
 * What a piece of heavy work answers: its result, or the HTTP status and message a client gets.
 * A plain object, since it may cross from a worker thread, where an HttpError would arrive as
 * an Error without its status.
 */
export type WorkOutcome<T> = { ok: true; value: T } | { ok: false; status: number; message: string };

export function refused(status: number, message: string): { ok: false; status: number; message: string } {
  return { ok: false, status, message };
}
