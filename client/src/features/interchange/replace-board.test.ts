import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addLane,
  BOARD_TEMPLATES,
  boardMaps,
  createBoardDoc,
  LOCAL_ORIGIN,
  parseBoardFile,
  readBoard,
  setDotsPerParticipant,
  type BoardFile,
} from "@brownpaper/shared";
import { replaceBoard } from "./replace-board";

function template(id: string): BoardFile {
  const parsed = parseBoardFile(BOARD_TEMPLATES.find((candidate) => candidate.id === id)!.file);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.board;
}

function linked(): { mine: Y.Doc; theirs: Y.Doc } {
  const mine = createBoardDoc(template("purchase-request"));
  const theirs = new Y.Doc();
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
  mine.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== "remote") Y.applyUpdate(theirs, update, "remote");
  });
  return { mine, theirs };
}

describe("replacing the board with an import or a snapshot", () => {
  it("is one undo step for whoever did it", () => {
    const { mine } = linked();
    const undo = new Y.UndoManager(Object.values(boardMaps(mine)), { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    addLane(mine, { name: "Audit" }, LOCAL_ORIGIN);
    undo.stopCapturing();
    const before = readBoard(mine);
    replaceBoard(mine, template("equipment-repair"), "edit");
    expect(readBoard(mine).meta.title).toBe("Equipment repair");
    undo.undo();
    expect(readBoard(mine)).toEqual(before);
  });

  it("reaches the others on the board as one update", () => {
    const { mine, theirs } = linked();
    let updates = 0;
    theirs.on("update", () => updates++);
    replaceBoard(mine, template("hire-to-first-day"), "edit");
    expect(updates).toBe(1);
    expect(readBoard(theirs)).toEqual(readBoard(mine));
    expect(readBoard(theirs).lanes.map((lane) => lane.name)).toEqual(["Hiring team", "HR", "IT", "Facilities"]);
  });

  it("keeps the board's dots per participant when a participant replaces it, since they are the facilitator's to set", () => {
    const { mine } = linked();
    setDotsPerParticipant(mine, 5);
    replaceBoard(mine, { ...template("equipment-repair"), dotsPerParticipant: 1 }, "edit");
    expect(readBoard(mine).meta).toMatchObject({ title: "Equipment repair", dotsPerParticipant: 5 });
  });

  it("takes the file's dots per participant when the facilitator replaces the board", () => {
    const { mine } = linked();
    setDotsPerParticipant(mine, 5);
    replaceBoard(mine, { ...template("equipment-repair"), dotsPerParticipant: 1 }, "facilitator");
    expect(readBoard(mine).meta.dotsPerParticipant).toBe(1);
  });
});
