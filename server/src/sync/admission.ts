import type { IncomingMessage } from "node:http";
import type { RejectReason } from "../metrics";

export interface AdmissionLimits {
  maxConnectionsPerBoard: number;
  maxConnectionsPerIp: number;
}

export type Admission = { ok: true; release: () => void } | { ok: false; reason: RejectReason; message: string };

/**
 * Counts open sync connections per board and per client address, and refuses the one too many.
 * A connection counts from its upgrade until its socket closes, loading or not.
 */
export class ConnectionAdmission {
  private readonly perBoard = new Map<string, number>();
  private readonly perIp = new Map<string, number>();

  constructor(private readonly limits: AdmissionLimits) {}

  admit(boardId: string, ip: string): Admission {
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
