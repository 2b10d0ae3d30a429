import { afterEach, describe, expect, it } from "vitest";
import { awarenessFrame } from "./crafted-messages";
import { closed, SyncClients } from "./sync-clients";
import { rejected, TestServer } from "./test-server";
import { settle, waitFor } from "./wait";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

describe("slow readers", () => {
  it("a client that stops reading is disconnected once MAX_BUFFERED_BYTES is unsent; others keep receiving", async () => {
    const server = clients.track(
      await TestServer.start({
        limits: {
          maxBufferedBytes: 256 * 1024,
          bytesPerSecond: 512 * 1024 * 1024,
          messagesPerSecond: 100_000,
          maxAwarenessStateBytes: 64 * 1024,
        },
      }),
    );
    const board = await server.createBoard();
    const reader = await clients.connectSynced(server, board.id, board.viewToken);
    const sleeper = await clients.openRaw(server, board.id, board.viewToken);
    (sleeper as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();
    const sleeperClosed = closed(sleeper);
    const writer = await clients.openRaw(server, board.id, board.editToken);

    // 60 KB presence states, each relayed to both readers, until the sleeper's backlog passes the bound.
    let clock = 0;
    while ((await server.metric(rejected("slow_reader"))) === 0) {
      if (clock > 2000) throw new Error("the slow reader was never disconnected");
      for (let i = 0; i < 20; i++)
        writer.send(awarenessFrame([{ clientId: 61, clock: ++clock, state: { pad: "w".repeat(60_000), clock } }]));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    (sleeper as unknown as { _socket: { resume(): void } })._socket.resume();
    expect((await sleeperClosed).code).toBe(1013);
    await waitFor(
      "the reading client got the latest presence",
      () => reader.provider.awareness.getStates().get(61)?.clock === clock,
    );
    expect(reader.provider.wsconnected).toBe(true);
  });

  it("a connection that stops answering pings is dropped", async () => {
    const server = clients.track(await TestServer.start({ limits: { pingIntervalMs: 100 } }));
    const board = await server.createBoard();
    const alive = await clients.openRaw(server, board.id, board.viewToken);
    const mute = await clients.openRaw(server, board.id, board.viewToken, { autoPong: false });
    await closed(mute);
    expect(await server.metric(rejected("no_pong"))).toBe(1);
    await settle(250);
    expect(alive.readyState).toBe(alive.OPEN);
  });
});
