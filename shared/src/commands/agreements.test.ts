import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readBoard } from "../doc/read-board";
import { addAgreement, deleteAgreement } from "./agreements";
import { connect } from "./flows";
import { addLane } from "./lanes";
import { addStep } from "./steps";

describe("deleting a service agreement", () => {
  it("removes only that agreement: its handovers, the lanes and the other agreements stay", () => {
    const doc = new Y.Doc();
    const hr = addLane(doc, { name: "HR" });
    const it = addLane(doc, { name: "IT" });
    const a = addStep(doc, { laneId: hr, x: 100 });
    const b = addStep(doc, { laneId: it, x: 300 });
    const c = addStep(doc, { laneId: hr, x: 500 });
    const handover = connect(doc, { from: a, to: b });
    const back = connect(doc, { from: b, to: c });
    const doomed = addAgreement(doc, { providerLaneId: hr, customerLaneId: it, flowIds: [handover] });
    const kept = addAgreement(doc, { providerLaneId: it, customerLaneId: hr, flowIds: [back] });
    deleteAgreement(doc, doomed);
    const board = readBoard(doc);
    expect(board.agreements.map((agreement) => agreement.id)).toEqual([kept]);
    expect(board.flows.map((flow) => flow.id).sort()).toEqual([handover, back].sort());
    expect(board.lanes).toHaveLength(2);
    // Deleting it again (two people at once) is harmless.
    expect(() => deleteAgreement(doc, doomed)).not.toThrow();
  });
});
