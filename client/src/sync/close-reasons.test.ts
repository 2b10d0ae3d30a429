import { describe, expect, it } from "vitest";
import { explainClose, isPermanentClose } from "./close-reasons";
import { describeProblem } from "./connection-problem";

/** Every code in server/src/sync/close-codes.ts (and the README's table). */
const SERVER_CODES = [1001, 1003, 1007, 1008, 1009, 1011, 1013, 4413, 4426, 4509];

describe("what a person is told when the server closes the board's socket", () => {
  it("has its own words for every code the server sends", () => {
    const generic = explainClose(1006).title;
    for (const code of SERVER_CODES) expect(explainClose(code).title, `code ${code}`).not.toBe(generic);
  });

  it("calls a board from a newer Brownpaper final, and says what to wait for", () => {
    const tooNew = explainClose(4426);
    expect(tooNew.permanent).toBe(true);
    expect(tooNew.title).toBe("This board was saved by a newer version of Brownpaper");
    expect(tooNew.detail).toMatch(/once .* updated/);
  });

  it("says a full board is final and that what was saved is kept", () => {
    const full = explainClose(4413, "board is full");
    expect(full.permanent).toBe(true);
    expect(full.title).toBe("This board is full");
    expect(full.detail).toMatch(/not saved/);
    expect(full.detail).toMatch(/saved before them is kept/);
  });

  it("treats the codes y-websocket retries as passing, and those it gives up on as final", () => {
    for (const code of SERVER_CODES) expect(explainClose(code).permanent, `code ${code}`).toBe(isPermanentClose(code));
    expect(isPermanentClose(4509)).toBe(false);
  });

  it("tells a restart, a busy board and a rate limit apart while reconnecting", () => {
    expect(explainClose(1001).title).toBe("The server is restarting");
    expect(explainClose(1013).title).toBe("The board is busy");
    expect(explainClose(1008).title).toBe("Too many changes at once");
    expect(explainClose(1006).title).toBe("The server is out of reach");
  });

  it("passes on the server's reason for a final code it does not know", () => {
    const unknown = explainClose(4403, "access revoked");
    expect(unknown.permanent).toBe(true);
    expect(unknown.detail).toContain("access revoked");
    expect(unknown.detail).toContain("4403");
  });
});

describe("what a person is told when the board stops syncing for good", () => {
  it("says a link the server no longer accepts is no longer valid, and offers a way out", () => {
    expect(describeProblem({ kind: "link-invalid" })).toMatchObject({
      title: "This link is no longer valid",
      action: "home",
    });
    expect(describeProblem({ kind: "board-missing" })).toMatchObject({
      title: "This board no longer exists",
      action: "home",
    });
  });

  it("offers to try a newer-version refusal again, once the server may have been updated", () => {
    expect(describeProblem({ kind: "closed", code: 4426, reason: "" })).toMatchObject({
      title: "This board was saved by a newer version of Brownpaper",
      action: "retry",
    });
  });

  it("says why a change keeps being refused, and offers to drop this browser's unsent changes", () => {
    const tooLarge = describeProblem({ kind: "refused", code: 1009 });
    expect(tooLarge.action).toBe("discard-local");
    expect(tooLarge.detail).toContain("larger than the server accepts");
  });
});
