import { describe, expect, it } from "vitest";
import { syncProtocols, SYNC_PROTOCOL, TOKEN_PROTOCOL_PREFIX } from "./sync-protocol";

// RFC 7230 token characters: what a Sec-WebSocket-Protocol value may hold.
const PROTOCOL_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

describe("the sync subprotocols", () => {
  it("carry the token after a fixed prefix, beside the protocol the server picks", () => {
    const token = "v1.e.AbC-_9";
    expect(syncProtocols(token)).toEqual([SYNC_PROTOCOL, `${TOKEN_PROTOCOL_PREFIX}${token}`]);
  });

  it("are valid header tokens for a link token's alphabet (base64url and dots)", () => {
    for (const protocol of syncProtocols("v1.f.Zz09-_abc.def")) expect(protocol).toMatch(PROTOCOL_TOKEN);
  });
});
