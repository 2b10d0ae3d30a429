import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import {
  endWalk,
  facilitationRoom,
  readFacilitation,
  revealSilentRound,
  setLocked,
  setSummon,
  setTimer,
  startSilentRound,
  startTimer,
  walkTo,
} from "@brownpaper/shared";
import { SyncClients } from "./sync-clients";
import { TestServer } from "./test-server";
import { waitFor } from "./wait";

interface FacilitatorAction {
  name: string;
  /** What the facilitator did beforehand, so the action has something to change. */
  before?: (doc: Y.Doc) => void;
  act: (doc: Y.Doc, ownClientId: number) => void;
}

const ACTIONS: FacilitatorAction[] = [
  { name: "start a walk", act: (doc) => walkTo(doc, "step-1") },
  { name: "move the walk on", before: (doc) => walkTo(doc, "step-1"), act: (doc) => walkTo(doc, "step-2") },
  {
    name: "move the walk back",
    before: (doc) => {
      walkTo(doc, "step-1");
      walkTo(doc, "step-2");
    },
    act: (doc) => walkTo(doc, "step-1"),
  },
  { name: "stop the walk", before: (doc) => walkTo(doc, "step-1"), act: (doc) => endWalk(doc) },
  { name: "start the timer", act: (doc) => setTimer(doc, startTimer(Date.now(), 300_000)) },
  { name: "bring everyone to them", act: (doc, ownClientId) => setSummon(doc, ownClientId) },
  { name: "open a silent round", act: (doc) => startSilentRound(doc, "round-1", false) },
  {
    name: "reveal a silent round",
    before: (doc) => startSilentRound(doc, "round-1", true),
    act: (doc) => revealSilentRound(doc),
  },
  { name: "lock the board", act: (doc) => setLocked(doc, true) },
  { name: "unlock the board", before: (doc) => setLocked(doc, true), act: (doc) => setLocked(doc, false) },
];

const clients = new SyncClients();
let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterEach(() => clients.cleanup());
afterAll(async () => {
  await server.close();
  await server.removeData();
});

describe.each(["edit", "view"] as const)("an %s link", (link) => {
  it.each(ACTIONS.map((action) => [action.name, action] as const))(
    "cannot %s: the server refuses it",
    async (_name, { before, act }) => {
      const board = await server.createBoard();
      const room = facilitationRoom(board.id);
      const facilitator = await clients.connectSynced(server, room, board.facilitatorToken);
      before?.(facilitator.doc);
      const expected = readFacilitation(facilitator.doc);
      const participant = await clients.connectSynced(
        server,
        room,
        link === "edit" ? board.editToken : board.viewToken,
      );
      await waitFor(
        "the participant has the facilitator's state",
        () => JSON.stringify(readFacilitation(participant.doc)) === JSON.stringify(expected),
      );

      act(participant.doc, participant.doc.clientID);
      expect(readFacilitation(participant.doc)).not.toEqual(expected);
      // Sent after the update on the same socket: once it arrives, the server has dealt with the update.
      participant.provider.awareness.setLocalStateField("name", "done");
      const participantId = participant.doc.clientID;
      await waitFor(
        "the participant's next message is through",
        () => facilitator.provider.awareness.getStates().get(participantId)?.name === "done",
      );

      const fresh = await clients.connectSynced(server, room, board.viewToken);
      expect(readFacilitation(fresh.doc)).toEqual(expected);
      expect(readFacilitation(facilitator.doc)).toEqual(expected);
    },
  );
});
