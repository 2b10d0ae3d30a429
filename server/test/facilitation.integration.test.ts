import { afterEach, describe, expect, it } from "vitest";
import { addLane, facilitationRoom, readFacilitation, setLocked, setTimer, startTimer } from "@brownpaper/shared";
import { SyncClients } from "./sync-clients";
import { TestServer } from "./test-server";
import { settle, waitFor } from "./wait";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

const laneNames = (client: { board(): { lanes: { name: string }[] } }) => client.board().lanes.map((lane) => lane.name);

describe("facilitator-only state and the board lock", () => {
  it("lets only the facilitator change the facilitation doc; edit and view links' changes are refused by the server", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const room = facilitationRoom(board.id);
    const facilitator = await clients.connectSynced(server, room, board.facilitatorToken);
    const participant = await clients.connectSynced(server, room, board.editToken);
    const viewer = await clients.connectSynced(server, room, board.viewToken);

    setTimer(participant.doc, startTimer(0, 60_000));
    setLocked(viewer.doc, true);
    await settle(300);
    const fresh = await clients.connectSynced(server, room, board.viewToken);
    expect(readFacilitation(fresh.doc)).toMatchObject({ locked: false, timer: { status: "idle" } });
    expect(readFacilitation(facilitator.doc).timer.status).toBe("idle");

    setTimer(facilitator.doc, startTimer(1000, 300_000));
    await waitFor(
      "the viewer sees the facilitator's timer",
      () => readFacilitation(viewer.doc).timer.status === "running",
    );
    const late = await clients.connectSynced(server, room, board.editToken);
    expect(readFacilitation(late.doc).timer).toEqual({ status: "running", endsAt: 301_000, durationMs: 300_000 });
  });

  it("while locked, applies board changes only from the facilitator; unlocking restores editing", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const facilitation = await clients.connectSynced(server, facilitationRoom(board.id), board.facilitatorToken);
    const facilitator = await clients.connectSynced(server, board.id, board.facilitatorToken);
    // A stock y-websocket client with an edit link, connected to the board only.
    const participant = await clients.connectSynced(server, board.id, board.editToken);

    setLocked(facilitation.doc, true);
    await settle(200);
    addLane(participant.doc, { name: "Sneaky" });
    addLane(facilitator.doc, { name: "Facilitator's" });
    await waitFor("the facilitator's lane arrives", () => laneNames(participant).includes("Facilitator's"));
    await settle(200);
    const observer = await clients.connectSynced(server, board.id, board.viewToken);
    expect(laneNames(observer)).toEqual(["Facilitator's"]);

    setLocked(facilitation.doc, false);
    await settle(200);
    addLane(participant.doc, { name: "After unlock" });
    await waitFor("the participant's edit is applied again", () => laneNames(observer).includes("After unlock"));
  });

  it("keeps a board locked across a server restart", async () => {
    const first = clients.track(await TestServer.start());
    const board = await first.createBoard();
    const facilitation = await clients.connectSynced(first, facilitationRoom(board.id), board.facilitatorToken);
    setLocked(facilitation.doc, true);
    await settle(200);
    await first.close();

    const second = clients.track(await first.restart());
    const participant = await clients.connectSynced(second, board.id, board.editToken);
    addLane(participant.doc, { name: "Sneaky" });
    await settle(300);
    const observer = await clients.connectSynced(second, board.id, board.viewToken);
    expect(laneNames(observer)).toEqual([]);
  });
});
