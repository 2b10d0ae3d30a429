import { describe, expect, it } from "vitest";
import { ACCESS_ROLES } from "@brownpaper/shared";
import { shareToken, verifyToken } from "./tokens";

const secret = Buffer.from("a-test-secret-that-is-long-enough-for-hmac");

describe("board tokens", () => {
  it.each(ACCESS_ROLES)("a %s token opens its own board with that role", (role) => {
    const token = shareToken(secret, "b_board1", role);
    expect(verifyToken(secret, "b_board1", token)).toBe(role);
  });

  it("a token for one board does not open another", () => {
    const token = shareToken(secret, "b_board1", "edit");
    expect(verifyToken(secret, "b_board2", token)).toBeNull();
  });

  it("changing the role letter invalidates the token", () => {
    const token = shareToken(secret, "b_board1", "view");
    expect(verifyToken(secret, "b_board1", token.replace(/^v1\.v\./, "v1.e."))).toBeNull();
  });

  it("any change to the signature invalidates the token", () => {
    const token = shareToken(secret, "b_board1", "edit");
    const signatureStart = token.lastIndexOf(".") + 1;
    for (let i = signatureStart; i < token.length; i++) {
      const swapped = token[i] === "A" ? "B" : "A";
      expect(verifyToken(secret, "b_board1", token.slice(0, i) + swapped + token.slice(i + 1))).toBeNull();
    }
  });

  it("a token signed with another secret is refused", () => {
    const token = shareToken(Buffer.from("another-secret-that-is-long-enough-too"), "b_board1", "facilitator");
    expect(verifyToken(secret, "b_board1", token)).toBeNull();
  });

  it.each([
    ["empty", ""],
    ["garbage", "not-a-token"],
    ["wrong version", "v2.e.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"],
    ["unknown role", "v1.x.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"],
    ["too long", `v1.e.${"A".repeat(300)}`],
  ])("a %s token is refused", (_name, token) => {
    expect(verifyToken(secret, "b_board1", token)).toBeNull();
  });

  it("a value that is not a string is refused", () => {
    expect(verifyToken(secret, "b_board1", undefined)).toBeNull();
    expect(verifyToken(secret, "b_board1", ["v1"])).toBeNull();
  });

  it.each(ACCESS_ROLES)(
    "a board's %s share link is the same each time, opens the board with that role, and only that board",
    (role) => {
      const token = shareToken(secret, "b_board1", role);
      expect(shareToken(secret, "b_board1", role)).toBe(token);
      expect(verifyToken(secret, "b_board1", token)).toBe(role);
      expect(verifyToken(secret, "b_board2", token)).toBeNull();
    },
  );

  it("share links differ by role, by board and by secret", () => {
    const links = new Set([
      shareToken(secret, "b_board1", "edit"),
      shareToken(secret, "b_board1", "view"),
      shareToken(secret, "b_board2", "edit"),
      shareToken(Buffer.from("another-secret-that-is-long-enough-too"), "b_board1", "edit"),
    ]);
    expect(links.size).toBe(4);
  });
});
