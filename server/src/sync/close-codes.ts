/**
 * Every WebSocket close code this server sends, and why. Standard codes (RFC 6455 §7.4.1) where
 * one fits; 4xxx only where the client should act differently from a plain reconnect.
 * The README's operations section has the same table for operators and client authors.
 */
export const CLOSE = {
  /** The server is shutting down; reconnect to the next one. */
  goingAway: 1001,
  /** A text frame: this protocol is binary only. */
  unsupportedData: 1003,
  /** A frame that is not a well-formed y-websocket message, or an update the server refused. */
  invalidPayload: 1007,
  /** Over the per-connection rate limit (messages, bytes or server time per second). */
  policyViolation: 1008,
  /** A message over MAX_MESSAGE_BYTES (sent by `ws`), or an update too costly to apply within
   * the time budget. (An awareness state over its limit is dropped, not closed for.) */
  messageTooBig: 1009,
  /** The board could not be loaded or saved (the store failed, timed out, or too much waits for it); the client retries. */
  internalError: 1011,
  /** Capacity: the board or the address has too many connections, too much was queued, the
   * client stopped reading, or the server has as many boards in memory as it may hold. Try again later. */
  tryAgainLater: 1013,
  /** The update would take the board's stored log past MAX_BOARD_BYTES; what is stored stays.
   * 44xx: y-websocket stops retrying, since resending the same change gets the same answer. */
  boardFull: 4413,
  /** The board was saved by a newer Brownpaper: retrying against this server cannot help. */
  boardTooNew: 4426,
  /** The facilitator unlocked the board after refusing this client's edits while locked:
   * reconnect so the two sides sync again (the client's edits then count). 45xx: y-websocket retries. */
  resyncAfterLock: 4509,
} as const;

export type CloseCode = (typeof CLOSE)[keyof typeof CLOSE];
