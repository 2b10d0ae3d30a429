import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addLane, addStep, moveSteps, readBoard, relabelStep } from "@brownpaper/shared";
import { createBoardUndo } from "./board-undo";

/** Two people's docs, each update delivered to the other as the provider would (remote origin). */
function pair(): [Y.Doc, Y.Doc] {
  const alice = new Y.Doc();
  const bob = new Y.Doc();
  alice.on(
    "update",
    (update: Uint8Array, origin: unknown) => origin !== "remote" && Y.applyUpdate(bob, update, "remote"),
  );
  bob.on(
    "update",
    (update: Uint8Array, origin: unknown) => origin !== "remote" && Y.applyUpdate(alice, update, "remote"),
  );
  return [alice, bob];
}

describe("own-changes undo", () => {
  it("never takes back someone else's step, and has nothing of theirs left to undo", () => {
    const [alice, bob] = pair();
    const lane = addLane(alice, { name: "Ops" });
    const undo = createBoardUndo(alice);
    addStep(alice, { laneId: lane, x: 100, label: "Alice's" });
    addStep(bob, { laneId: lane, x: 300, label: "Bob's" });
    undo.undo();
    expect(readBoard(bob).steps.map((step) => step.label)).toEqual(["Bob's"]);
    expect(undo.getState().canUndo).toBe(false);
  });

  it("undoes a drag of several steps in one go", () => {
    const doc = new Y.Doc();
    const lane = addLane(doc, { name: "Ops" });
    const one = addStep(doc, { laneId: lane, x: 100 });
    const two = addStep(doc, { laneId: lane, x: 300 });
    const undo = createBoardUndo(doc);
    moveSteps(
      doc,
      new Map([
        [one, { laneId: lane, x: 500, y: 40 }],
        [two, { laneId: lane, x: 700, y: 40 }],
      ]),
    );
    undo.undo();
    expect(readBoard(doc).steps.map((step) => step.x)).toEqual([100, 300]);
    undo.redo();
    expect(readBoard(doc).steps.map((step) => step.x)).toEqual([500, 700]);
  });

  it("undoing a move keeps the label someone else gave the step meanwhile", () => {
    const [alice, bob] = pair();
    const lane = addLane(alice, { name: "Ops" });
    const step = addStep(alice, { laneId: lane, x: 100, label: "Check" });
    const undo = createBoardUndo(alice);
    moveSteps(alice, new Map([[step, { laneId: lane, x: 400, y: 40 }]]));
    relabelStep(bob, step, "Check order");
    undo.undo();
    for (const doc of [alice, bob]) {
      const [only] = readBoard(doc).steps;
      expect([only?.x, only?.label]).toEqual([100, "Check order"]);
    }
  });
});
