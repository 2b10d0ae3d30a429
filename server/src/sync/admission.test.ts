import { describe, expect, it } from "vitest";
import { ConnectionAdmission } from "./admission";

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("connection admission", () => {
  const limits = { maxConnectionsPerBoard: 2, maxConnectionsPerIp: 3, offenderCooldownMs: 1000 };

  it("a released place can be taken again, on the board and for the address", () => {
    const admission = new ConnectionAdmission(limits);
    const first = admission.admit("b1", "10.0.0.1");
    expect(admission.admit("b1", "10.0.0.1").ok).toBe(true);
    expect(admission.admit("b1", "10.0.0.1")).toMatchObject({ ok: false, reason: "board_full" });
    if (first.ok) {
      first.release();
      first.release(); // twice is harmless
    }
    expect(admission.admit("b1", "10.0.0.1").ok).toBe(true);
    expect(admission.admit("b2", "10.0.0.1").ok).toBe(true);
    expect(admission.admit("b2", "10.0.0.1")).toMatchObject({ ok: false, reason: "ip_full" });
  });

  it("an address closed for what it cost waits out the cool-down; other reasons do not count", () => {
    const time = clock();
    const admission = new ConnectionAdmission(limits, time.now);
    admission.closedFor("10.0.0.1", "malformed");
    expect(admission.admit("b1", "10.0.0.1").ok).toBe(true);
    admission.closedFor("10.0.0.1", "rate_messages");
    expect(admission.admit("b1", "10.0.0.1")).toMatchObject({ ok: false, reason: "cooling_down" });
    expect(admission.admit("b1", "10.0.0.2").ok).toBe(true);
    time.advance(1001);
    expect(admission.admit("b2", "10.0.0.1").ok).toBe(true);
  });
});
