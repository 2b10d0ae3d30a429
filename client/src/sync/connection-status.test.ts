import { describe, expect, it } from "vitest";
import { connectionStatus } from "./connection-status";

describe("the connection indicator", () => {
  it("says connecting until the socket is open and the first sync is done", () => {
    expect(connectionStatus({ socket: "connecting", synced: false })).toBe("connecting");
    expect(connectionStatus({ socket: "connected", synced: false })).toBe("connecting");
  });

  it("says synced once connected and in sync", () => {
    expect(connectionStatus({ socket: "connected", synced: true })).toBe("synced");
  });

  it("says offline whenever the socket is closed", () => {
    expect(connectionStatus({ socket: "disconnected", synced: true })).toBe("offline");
  });
});
