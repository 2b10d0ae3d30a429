import { describe, expect, it } from "vitest";
import { connectionStatus, nextProviderState, type ProviderState } from "./connection-status";

const start: ProviderState = { socket: "connecting", synced: false, dropped: false };

function replay(events: Array<Partial<Pick<ProviderState, "socket" | "synced">>>): ProviderState {
  return events.reduce(nextProviderState, start);
}

describe("the connection indicator", () => {
  it("says connecting until the socket is open and the first sync is done", () => {
    expect(connectionStatus(start)).toBe("connecting");
    expect(connectionStatus(replay([{ socket: "connected" }]))).toBe("connecting");
  });

  it("says synced once connected and in sync", () => {
    expect(connectionStatus(replay([{ socket: "connected" }, { synced: true }]))).toBe("synced");
  });

  it("says offline when the connection drops, and stays offline while it retries", () => {
    const dropped = replay([{ socket: "connected" }, { synced: true }, { socket: "disconnected" }]);
    expect(connectionStatus(dropped)).toBe("offline");
    expect(connectionStatus(nextProviderState(dropped, { socket: "connecting" }))).toBe("offline");
    expect(connectionStatus(nextProviderState(dropped, { socket: "connected" }))).toBe("offline");
  });

  it("says offline when the server cannot be reached at all", () => {
    expect(connectionStatus(replay([{ socket: "disconnected" }, { socket: "connecting" }]))).toBe("offline");
  });

  it("is synced again once a reconnection has synced", () => {
    const back = replay([
      { socket: "connected" },
      { synced: true },
      { socket: "disconnected" },
      { socket: "connecting" },
      { socket: "connected" },
      { synced: true },
    ]);
    expect(connectionStatus(back)).toBe("synced");
  });
});
