import { afterEach, describe, expect, it } from "vitest";
import type { AccessRole } from "@brownpaper/shared";
import { SyncClients, type SyncClient } from "./sync-clients";
import { TestServer } from "./test-server";
import { waitFor } from "./wait";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

interface PublishedUser {
  name: string;
  colour: string;
  role: AccessRole;
}

const userOf = (observer: SyncClient, clientId: number): PublishedUser | undefined =>
  (observer.provider.awareness.getStates().get(clientId) as { user?: PublishedUser } | undefined)?.user;

describe("the role in someone's presence", () => {
  it("is the role of their link, whatever their client claims", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const observer = await clients.connectSynced(server, board.id, board.facilitatorToken);
    const claims: [token: string, claimed: AccessRole, actual: AccessRole][] = [
      [board.editToken, "facilitator", "edit"],
      [board.viewToken, "edit", "view"],
      [board.facilitatorToken, "facilitator", "facilitator"],
    ];
    for (const [token, claimed, actual] of claims) {
      const person = await clients.connectSynced(server, board.id, token);
      person.provider.awareness.setLocalStateField("user", {
        name: `Claims ${claimed}`,
        colour: "#336699",
        role: claimed,
      });
      await waitFor(
        `${actual} link's presence arrives`,
        () => userOf(observer, person.doc.clientID)?.name === `Claims ${claimed}`,
      );
      expect(userOf(observer, person.doc.clientID)).toEqual({
        name: `Claims ${claimed}`,
        colour: "#336699",
        role: actual,
      });
    }
  });
});
