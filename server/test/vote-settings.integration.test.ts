import { afterEach, describe, expect, it } from "vitest";
import { addLane, setDotsPerParticipant, setVotesHidden } from "@brownpaper/shared";
import { SyncClients } from "./sync-clients";
import { TestServer } from "./test-server";
import { waitFor } from "./wait";

const clients = new SyncClients();
afterEach(() => clients.cleanup());

describe("the dot vote's settings", () => {
  it("a participant's change to them is put back by the server and closes that connection with 1008; their other edits stand", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const observer = await clients.connectSynced(server, board.id, board.viewToken);
    const participant = await clients.connectSynced(server, board.id, board.editToken);
    const closes: number[] = [];
    participant.provider.on("connection-close", (event) => closes.push(event?.code ?? 0));

    addLane(participant.doc, { name: "Kept" });
    await waitFor("the participant's lane arrives", () => observer.board().lanes.length === 1);
    setVotesHidden(participant.doc, true);
    setDotsPerParticipant(participant.doc, 9);

    await waitFor("the participant's connection is closed", () => closes.includes(1008));
    await waitFor(
      "the participant is told the settings were put back",
      () => participant.board().meta.dotsPerParticipant === 3,
    );
    expect(participant.board().meta.votesHidden).toBe(false);
    expect(await server.metric('brownpaper_rejected_total{reason="facilitator_only"}')).toBeGreaterThanOrEqual(1);
    const fresh = await clients.connectSynced(server, board.id, board.viewToken);
    expect(fresh.board().meta).toMatchObject({ dotsPerParticipant: 3, votesHidden: false });
    expect(fresh.board().lanes.map((lane) => lane.name)).toEqual(["Kept"]);
  });

  it("the facilitator changes them for everyone", async () => {
    const server = clients.track(await TestServer.start());
    const board = await server.createBoard();
    const facilitator = await clients.connectSynced(server, board.id, board.facilitatorToken);
    const observer = await clients.connectSynced(server, board.id, board.viewToken);
    setVotesHidden(facilitator.doc, true);
    setDotsPerParticipant(facilitator.doc, 5);
    await waitFor(
      "everyone sees the new settings",
      () => observer.board().meta.dotsPerParticipant === 5 && observer.board().meta.votesHidden,
    );
    const fresh = await clients.connectSynced(server, board.id, board.viewToken);
    expect(fresh.board().meta).toMatchObject({ dotsPerParticipant: 5, votesHidden: true });
  });
});
