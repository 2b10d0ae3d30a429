import { afterEach, describe, expect, it } from "vitest";
import { closed, opened, SyncClients } from "./sync-clients";
import { TestServer } from "./test-server";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

describe("boards in memory", () => {
  it("a board nobody has open is unloaded after the delay and loaded again from the store", async () => {
    const server = clients.track(await TestServer.start({ roomUnloadDelayMs: 50 }));
    const board = await server.createBoard();
    const first = clients.raw(server, board.id, board.editToken);
    await opened(first);
    first.close();
    await closed(first);
    await new Promise((resolve) => setTimeout(resolve, 200));

    // Only a board read again from the store can notice the damage.
    const store = await server.openStore();
    await store.append(board.id, new Uint8Array([0xff, 0xff]));
    await store.close();
    const second = clients.raw(server, board.id, board.editToken);
    expect((await closed(second)).code).toBe(1011);
  });

  it("a board someone has open stays in memory", async () => {
    const server = clients.track(await TestServer.start({ roomUnloadDelayMs: 50 }));
    const board = await server.createBoard();
    await clients.connectSynced(server, board.id, board.editToken);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const store = await server.openStore();
    await store.append(board.id, new Uint8Array([0xff, 0xff]));
    await store.close();
    const second = await clients.connectSynced(server, board.id, board.viewToken);
    expect(second.provider.wsconnected).toBe(true);
  });
});
