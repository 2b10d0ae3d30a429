import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { pickSyncProtocol, syncToken } from "./request-token";

function request(url: string, headers: Record<string, string> = {}): IncomingMessage {
  return { url, headers } as unknown as IncomingMessage;
}

describe("syncToken", () => {
  it("reads the token from an offered brownpaper.token.<token> protocol, spaces and order aside", () => {
    expect(syncToken(request("/sync/b", { "sec-websocket-protocol": "brownpaper, brownpaper.token.v1.e.abc" }))).toBe(
      "v1.e.abc",
    );
    expect(syncToken(request("/sync/b", { "sec-websocket-protocol": "brownpaper.token.v1.v.x,brownpaper" }))).toBe(
      "v1.v.x",
    );
  });

  it("prefers the protocol's token over ?token=, and falls back to ?token= without one", () => {
    const both = request("/sync/b?token=from-url", { "sec-websocket-protocol": "brownpaper, brownpaper.token.header" });
    expect(syncToken(both)).toBe("header");
    expect(syncToken(request("/sync/b?token=from-url", { "sec-websocket-protocol": "brownpaper" }))).toBe("from-url");
    expect(syncToken(request("/sync/b"))).toBeNull();
  });
});

describe("pickSyncProtocol", () => {
  it("answers brownpaper when offered, so the token is never echoed; else the first offer", () => {
    expect(pickSyncProtocol(new Set(["brownpaper.token.secret", "brownpaper"]))).toBe("brownpaper");
    expect(pickSyncProtocol(new Set(["other"]))).toBe("other");
    expect(pickSyncProtocol(new Set())).toBe(false);
  });
});
