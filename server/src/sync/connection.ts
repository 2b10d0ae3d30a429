import type { AccessRole } from "@brownpaper/shared";
import { canEdit } from "@brownpaper/shared";
import WebSocket from "ws";
import type { Limits } from "../config";
import { errorMessage, type Logger } from "../logger";
import type { Metrics, RejectReason } from "../metrics";
import { CLOSE } from "./close-codes";
import { ConnectionBudget } from "./rate-limit";

export { CLOSE } from "./close-codes";

const MAX_REASON_BYTES = 123;
/** A slow reader's close frame waits behind everything it has not read; then its buffers go. */
const SLOW_READER_GRACE_MS = 1000;

/** Handles one frame; a returned promise holds back the connection's next frames until it settles. */
export type MessageHandler = (frame: Uint8Array) => void | Promise<void>;

export interface ConnectionOptions {
  ws: WebSocket;
  id: string;
  boardId: string;
  role: AccessRole;
  /** The client's address, for logs. */
  ip: string;
  logger: Logger;
  metrics: Metrics;
  limits: Limits;
  maxMessageBytes: number;
  /** Told of every refusal that closes this connection (the address's cool-down listens). */
  onReject?: (reason: RejectReason) => void;
}

/**
 * One client's WebSocket on one board. Frames are handled one at a time, in order; those that
 * arrive before the board is loaded, or while an earlier update is being checked, wait in a
 * bounded queue. Every frame passes the connection's rate limits first. Nothing a client sends
 * can throw out of here: a bad frame closes this connection only, with a code that says why.
 */
export class Connection {
  readonly id: string;
  readonly boardId: string;
  readonly role: AccessRole;
  /** Sync writes refused because the connection holds a view link. */
  droppedWrites = 0;
  private readonly ws: WebSocket;
  private readonly budget: ConnectionBudget;
  private handler: MessageHandler | null = null;
  private queue: Uint8Array[] = [];
  private queuedBytes = 0;
  /** A handler's promise is pending: later frames wait. */
  private busy = false;
  private readonly closeListeners: (() => void)[] = [];
  private closed = false;
  private answeredPing = true;

  constructor(private readonly options: ConnectionOptions) {
    const { ws, id, boardId, role } = options;
    this.ws = ws;
    this.id = id;
    this.boardId = boardId;
    this.role = role;
    this.budget = new ConnectionBudget(options.limits, options.maxMessageBytes);
    ws.on("error", (error: Error & { code?: string }) => {
      // `ws` has already closed the socket (1002, 1007 or 1009); only the bookkeeping is left.
      options.metrics.reject(error.code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH" ? "too_big" : "bad_frame");
      options.logger.warn("connection.error", { boardId, connId: id, code: error.code, error: errorMessage(error) });
    });
    ws.on("message", (data, isBinary) => this.receive(data, isBinary));
    ws.on("pong", () => (this.answeredPing = true));
    ws.on("close", (code) => {
      this.closed = true;
      this.handler = null;
      this.clearQueue();
      options.logger.info("connection.closed", { boardId, connId: id, code, droppedWrites: this.droppedWrites });
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
    this.drain();
  }

  onClose(listener: () => void): void {
    if (this.closed) listener();
    else this.closeListeners.push(listener);
  }

  send(message: Uint8Array): void {
    if (!this.isOpen) return;
    if (this.ws.bufferedAmount > this.options.limits.maxBufferedBytes) {
      this.reject("slow_reader", CLOSE.tryAgainLater, "not reading fast enough");
      setTimeout(() => this.ws.terminate(), SLOW_READER_GRACE_MS).unref();
      return;
    }
    this.options.metrics.messagesOut++;
    this.options.metrics.bytesOut += message.byteLength;
    this.ws.send(message, (error) => {
      if (error)
        this.options.logger.debug("connection.send_failed", {
          boardId: this.boardId,
          connId: this.id,
          error: error.message,
        });
    });
  }

  /**
   * Runs `work` and charges its main-thread time to this connection's CPU budget. Node 20 has no
   * per-thread CPU clock, so the charge is the smaller of wall time (which also counts time this
   * thread sat descheduled) and process CPU time (which also counts this process's other threads:
   * the trial worker, GC helpers): close to this thread's busy time, give or take a GC pause.
   */
  timed<T>(work: () => T): T {
    const wallStart = performance.now();
    const cpuStart = process.cpuUsage();
    try {
      return work();
    } finally {
      const cpu = process.cpuUsage(cpuStart);
      const spentMs = Math.min(performance.now() - wallStart, (cpu.user + cpu.system) / 1000);
      if (!this.budget.charge(spentMs) && this.isOpen) {
        this.reject("rate_cpu", CLOSE.policyViolation, "rate limit exceeded: too much server time");
      }
    }
  }

  /** Counts the refusal, logs it and closes this connection. */
  reject(reason: RejectReason, code: number, message: string): void {
    if (!this.isOpen) return;
    this.options.metrics.reject(reason);
    this.options.logger.warn("connection.rejected", {
      boardId: this.boardId,
      connId: this.id,
      reason,
      code,
      ip: this.options.ip,
    });
    this.close(code, message);
    this.options.onReject?.(reason);
  }

  close(code: number, reason: string): void {
    this.handler = null;
    this.clearQueue();
    if (this.ws.readyState === WebSocket.CLOSING || this.ws.readyState === WebSocket.CLOSED) return;
    this.ws.close(code, truncateReason(reason));
  }

  /** Drops the socket without a closing handshake (shutdown of clients that do not answer). */
  terminate(): void {
    this.ws.terminate();
  }

  /** Called every ping interval: drops a connection that did not answer the previous ping. */
  heartbeat(): void {
    if (!this.isOpen) return;
    if (!this.answeredPing) {
      this.options.metrics.reject("no_pong");
      this.options.logger.info("connection.no_pong", { boardId: this.boardId, connId: this.id });
      this.ws.terminate();
      return;
    }
    this.answeredPing = false;
    this.ws.ping();
  }

  private receive(data: WebSocket.RawData, isBinary: boolean): void {
    if (!this.isOpen) return;
    const frame = toUint8Array(data);
    const { metrics, limits } = this.options;
    metrics.messagesIn++;
    metrics.bytesIn += frame.byteLength;
    if (!isBinary) return this.reject("text_frame", CLOSE.unsupportedData, "binary frames only");
    const verdict = this.budget.admit(frame.byteLength);
    if (verdict !== "ok") {
      return this.reject(
        verdict === "bytes" ? "rate_bytes" : "rate_messages",
        CLOSE.policyViolation,
        `rate limit exceeded: ${verdict}`,
      );
    }
    if (this.handler && !this.busy) return this.deliver(frame);
    if (this.queue.length >= limits.maxQueuedMessages || this.queuedBytes + frame.byteLength > limits.maxQueuedBytes) {
      return this.reject("queue_full", CLOSE.tryAgainLater, "too many messages waiting");
    }
    this.queue.push(frame);
    this.queuedBytes += frame.byteLength;
  }

  private deliver(frame: Uint8Array): void {
    const handler = this.handler;
    if (!handler) return;
    let pending: void | Promise<void>;
    try {
      pending = this.timed(() => handler(frame));
    } catch (error) {
      return this.failed(error);
    }
    if (!pending) return;
    this.busy = true;
    pending.then(
      () => this.resume(),
      (error: unknown) => {
        this.failed(error);
        this.resume();
      },
    );
  }

  private resume(): void {
    this.busy = false;
    this.drain();
  }

  private drain(): void {
    while (this.handler && !this.busy && this.queue.length > 0) {
      const frame = this.queue.shift()!;
      this.queuedBytes -= frame.byteLength;
      this.deliver(frame);
    }
  }

  /** The room turns protocol errors into a close itself; this is the last line of defence. */
  private failed(error: unknown): void {
    this.options.logger.error("connection.handler_failed", {
      boardId: this.boardId,
      connId: this.id,
      error: errorMessage(error),
    });
    this.close(CLOSE.internalError, "internal error");
  }

  private clearQueue(): void {
    this.queue = [];
    this.queuedBytes = 0;
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
