import type { IncomingMessage } from "node:http";
import type { RejectReason } from "../metrics";

export interface AdmissionLimits {
  maxConnectionsPerBoard: number;
  maxConnectionsPerIp: number;
  offenderCooldownMs: number;
}

/**
 * Refusals for what a connection cost the server. A fresh connection starts with full budgets,
 * so without a cool-down a client could reconnect and spend them again, second after second.
 * Malformed input is not on the list: it costs little and closes at once.
 */
const COSTLY: ReadonlySet<RejectReason> = new Set([
  "rate_messages",
  "rate_bytes",
  "rate_cpu",
  "update_too_costly",
  "pending_too_big",
]);
/** Addresses remembered at most; the oldest are forgotten first. */
const MAX_OFFENDERS = 10_000;

export type Admission = { ok: true; release: () => void } | { ok: false; reason: RejectReason; message: string };

/**
 * Counts open sync connections per board and per client address, and refuses the one too many.
 * A connection counts from its upgrade until its socket closes, loading or not.
 */
export class ConnectionAdmission {
  private readonly perBoard = new Map<string, number>();
  private readonly perIp = new Map<string, number>();
  /** Address → when it may connect again. */
  private readonly coolingDown = new Map<string, number>();

  constructor(
    private readonly limits: AdmissionLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Notes why one of `ip`'s connections was closed; costly reasons start its cool-down. */
  closedFor(ip: string, reason: RejectReason): void {
    if (!COSTLY.has(reason) || this.limits.offenderCooldownMs === 0) return;
    if (this.coolingDown.size >= MAX_OFFENDERS) {
      const oldest = this.coolingDown.keys().next().value;
      if (oldest !== undefined) this.coolingDown.delete(oldest);
    }
    this.coolingDown.delete(ip);
    this.coolingDown.set(ip, this.now() + this.limits.offenderCooldownMs);
  }

  admit(boardId: string, ip: string): Admission {
    const until = this.coolingDown.get(ip);
    if (until !== undefined) {
      if (until > this.now())
        return { ok: false, reason: "cooling_down", message: "too much traffic from your address; try again later" };
      this.coolingDown.delete(ip);
    }
    if ((this.perBoard.get(boardId) ?? 0) >= this.limits.maxConnectionsPerBoard) {
      return { ok: false, reason: "board_full", message: "this board has too many connections" };
    }
    if ((this.perIp.get(ip) ?? 0) >= this.limits.maxConnectionsPerIp) {
      return { ok: false, reason: "ip_full", message: "too many connections from your address" };
    }
    increment(this.perBoard, boardId, 1);
    increment(this.perIp, ip, 1);
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        increment(this.perBoard, boardId, -1);
        increment(this.perIp, ip, -1);
      },
    };
  }
}

/** Keys are removed at zero, so the maps hold only boards and addresses with someone connected. */
function increment(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}

/**
 * The client's address: the socket's peer, or behind a trusted proxy the last X-Forwarded-For
 * entry (the one the proxy appended; earlier ones are whatever the client claimed).
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers["x-forwarded-for"];
  if (trustProxy && typeof forwarded === "string") {
    const last = forwarded.split(",").at(-1)?.trim();
    if (last) return normaliseAddress(last);
  }
  return normaliseAddress(request.socket.remoteAddress ?? "unknown");
}

function normaliseAddress(address: string): string {
  return address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
}
