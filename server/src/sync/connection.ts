import type { AccessRole } from "@brownpaper/shared";
import { canEdit } from "@brownpaper/shared";
import WebSocket from "ws";
import { errorMessage, type Logger } from "../logger";

/** Close codes this server uses (RFC 6455). */
export const CLOSE = {
  goingAway: 1001,
  unsupportedData: 1003,
  invalidPayload: 1007,
  internalError: 1011,
  tryAgainLater: 1013,
} as const;

const MAX_QUEUED_MESSAGES = 256;
const MAX_REASON_BYTES = 123;

export type MessageHandler = (frame: Uint8Array) => void;

/**
 * One client's WebSocket on one board. Frames that arrive before the board is loaded wait in a
 * bounded queue; once a handler is attached they are handed over in order. Nothing a client
 * sends can throw out of here: a bad frame closes this connection only.
 */
export class Connection {
  /** Sync writes refused because the connection holds a view link. */
  droppedWrites = 0;
  private handler: MessageHandler | null = null;
  private queue: Uint8Array[] = [];
  private readonly closeListeners: (() => void)[] = [];
  private closed = false;

  constructor(
    private readonly ws: WebSocket,
    readonly id: string,
    readonly boardId: string,
    readonly role: AccessRole,
    private readonly logger: Logger,
  ) {
    ws.on("error", (error) => {
      this.logger.warn("connection.error", { boardId, connId: id, error: errorMessage(error) });
    });
    ws.on("message", (data, isBinary) => this.receive(data, isBinary));
    ws.on("close", (code) => {
      this.closed = true;
      this.handler = null;
      this.queue = [];
      this.logger.debug("connection.closed", { boardId, connId: id, code, droppedWrites: this.droppedWrites });
      for (const listener of this.closeListeners.splice(0)) listener();
    });
  }

  get canWrite(): boolean {
    return canEdit(this.role);
  }

  get isOpen(): boolean {
    return !this.closed && this.ws.readyState === WebSocket.OPEN;
  }

  /** Starts delivering frames (queued ones first) to `handler`. */
  attach(handler: MessageHandler): void {
    this.handler = handler;
    const queued = this.queue;
    this.queue = [];
    for (const frame of queued) {
      if (this.handler !== handler) return;
      this.deliver(frame);
    }
  }

  onClose(listener: () => void): void {
    if (this.closed) listener();
    else this.closeListeners.push(listener);
  }

  send(message: Uint8Array): void {
    if (!this.isOpen) return;
    this.ws.send(message, (error) => {
      if (error) this.logger.debug("connection.send_failed", { boardId: this.boardId, connId: this.id, error: error.message });
    });
  }

  close(code: number, reason: string): void {
    this.handler = null;
    this.queue = [];
    if (this.ws.readyState === WebSocket.CLOSING || this.ws.readyState === WebSocket.CLOSED) return;
    this.ws.close(code, truncateReason(reason));
  }

  /** Drops the socket without a closing handshake (shutdown of clients that do not answer). */
  terminate(): void {
    this.ws.terminate();
  }

  private receive(data: WebSocket.RawData, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) {
      this.logger.warn("connection.text_frame", { boardId: this.boardId, connId: this.id });
      this.close(CLOSE.unsupportedData, "binary frames only");
      return;
    }
    const frame = toUint8Array(data);
    if (this.handler) {
      this.deliver(frame);
    } else if (this.queue.length < MAX_QUEUED_MESSAGES) {
      this.queue.push(frame);
    } else {
      this.logger.warn("connection.queue_full", { boardId: this.boardId, connId: this.id });
      this.close(CLOSE.tryAgainLater, "too many messages while the board loads");
    }
  }

  private deliver(frame: Uint8Array): void {
    try {
      this.handler?.(frame);
    } catch (error) {
      // The room turns protocol errors into a close itself; this is the last line of defence.
      this.logger.error("connection.handler_failed", { boardId: this.boardId, connId: this.id, error: errorMessage(error) });
      this.close(CLOSE.internalError, "internal error");
    }
  }
}

function toUint8Array(data: WebSocket.RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function truncateReason(reason: string): string {
  let out = reason;
  while (Buffer.byteLength(out) > MAX_REASON_BYTES) out = out.slice(0, -1);
  return out;
}
