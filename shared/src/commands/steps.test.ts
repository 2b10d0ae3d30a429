import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addLane } from "./lanes";
import { addStep, deleteStep, moveStep, moveSteps, relabelStep, setStepKind, setStepMeasures } from "./steps";
import { connect, disconnect, setFlowLabel, setHandoverDetails } from "./flows";
import { addRole, deleteRole, setRaci } from "./roles";
import { addNote, deleteNote, setNoteText } from "./notes";
import { addAgreement } from "./agreements";
import { deleteSelection } from "./delete-selection";
import { readBoard } from "../doc/read-board";
import { boardMaps } from "../doc/layout";
import { LOCAL_ORIGIN } from "../doc/origin";
import { deriveHandovers } from "../handovers";
import { exchange, fork } from "../test-support/docs";

function twoLanes() {
  const doc = new Y.Doc();
  const sales = addLane(doc, { name: "Sales" });
  const it = addLane(doc, { name: "IT", kind: "support" });
  return { doc, sales, it };
}

describe("step commands", () => {
  it("adds a step in a lane with defaults and refuses an unknown lane", () => {
    const { doc, sales } = twoLanes();
    const id = addStep(doc, { laneId: sales, x: 120.6 });
    expect(readBoard(doc).steps).toEqual([{ id, laneId: sales, label: "", kind: "task", x: 121, y: 50 }]);
    expect(() => addStep(doc, { laneId: "ghost", x: 0 })).toThrow(/must sit in a lane/);
  });

  it("relabels, changes kind and moves a step into another lane", () => {
    const { doc, sales, it } = twoLanes();
    const id = addStep(doc, { laneId: sales, x: 0, label: "Draft" });
    relabelStep(doc, id, "  Approve request  ");
    setStepKind(doc, id, "decision");
    moveStep(doc, id, { x: 300, y: 20, laneId: it });
    expect(readBoard(doc).steps[0]).toMatchObject({
      label: "Approve request",
      kind: "decision",
      x: 300,
      y: 20,
      laneId: it,
    });
  });

  it("moves several steps as one transaction", () => {
    const { doc, sales } = twoLanes();
    const a = addStep(doc, { laneId: sales, x: 0 });
    const b = addStep(doc, { laneId: sales, x: 200 });
    let transactions = 0;
    doc.on("afterTransaction", () => transactions++);
    moveSteps(
      doc,
      new Map([
        [a, { x: 10, y: 10 }],
        [b, { x: 210, y: 10 }],
      ]),
    );
    expect(transactions).toBe(1);
    expect(readBoard(doc).steps.map((step) => step.x)).toEqual([10, 210]);
  });

  it("validates measures: 0 ≤ process ≤ lead and 0–100 %", () => {
    const { doc, sales } = twoLanes();
    const id = addStep(doc, { laneId: sales, x: 0 });
    setStepMeasures(doc, id, { processTime: 30, leadTime: 120, pctCompleteAccurate: 90 });
    expect(() => setStepMeasures(doc, id, { processTime: 200 })).toThrow(/longer than lead time/);
    expect(() => setStepMeasures(doc, id, { pctCompleteAccurate: 101 })).toThrow(/between 0 and 100/);
    expect(() => setStepMeasures(doc, id, { leadTime: -1 })).toThrow(/0 or more/);
    setStepMeasures(doc, id, { pctCompleteAccurate: null });
    expect(readBoard(doc).steps[0]).toMatchObject({ processTime: 30, leadTime: 120 });
    expect(readBoard(doc).steps[0]!.pctCompleteAccurate).toBeUndefined();
  });

  it("merges concurrent edits to different fields of one step", () => {
    const { doc, sales, it } = twoLanes();
    const id = addStep(doc, { laneId: sales, x: 0, label: "Old" });
    const left = fork(doc);
    const right = fork(doc);
    relabelStep(left, id, "New label");
    moveStep(right, id, { x: 500, y: 40, laneId: it });
    exchange(left, right);
    expect(readBoard(left).steps[0]).toMatchObject({ label: "New label", x: 500, laneId: it });
    expect(readBoard(right).steps).toEqual(readBoard(left).steps);
  });

  it("deletes a step with its flows, RACI and notes, and drops its flows from agreements", () => {
    const { doc, sales, it } = twoLanes();
    const a = addStep(doc, { laneId: sales, x: 0 });
    const b = addStep(doc, { laneId: it, x: 200 });
    const c = addStep(doc, { laneId: it, x: 400 });
    const ab = connect(doc, { from: a, to: b });
    const bc = connect(doc, { from: b, to: c });
    const role = addRole(doc, { laneId: it, name: "Desk" });
    setRaci(doc, b, role, "A");
    setRaci(doc, c, role, "R");
    addNote(doc, { kind: "pain", text: "x", target: { type: "step", id: b }, author: "p" });
    addNote(doc, { kind: "comment", text: "y", target: { type: "flow", id: ab }, author: "p" });
    const agreement = addAgreement(doc, { providerLaneId: sales, customerLaneId: it, flowIds: [ab] });

    deleteStep(doc, b);

    const board = readBoard(doc);
    expect(board.steps.map((step) => step.id).sort()).toEqual([a, c].sort());
    expect(board.flows).toEqual([]);
    expect(board.raci).toEqual([{ stepId: c, roleId: role, code: "R" }]);
    expect(board.notes).toEqual([]);
    expect(board.agreements.find((x) => x.id === agreement)!.flowIds).toEqual([]);
    expect(boardMaps(doc).flows.has(bc)).toBe(false);
  });

  it("deletes a mixed selection in one transaction", () => {
    const { doc, sales, it } = twoLanes();
    const a = addStep(doc, { laneId: sales, x: 0 });
    const b = addStep(doc, { laneId: it, x: 200 });
    const c = addStep(doc, { laneId: it, x: 400 });
    const ab = connect(doc, { from: a, to: b });
    connect(doc, { from: b, to: c });
    let transactions = 0;
    doc.on("afterTransaction", () => transactions++);
    deleteSelection(doc, { stepIds: [c], flowIds: [ab] });
    expect(transactions).toBe(1);
    expect(
      readBoard(doc)
        .steps.map((step) => step.id)
        .sort(),
    ).toEqual([a, b].sort());
    expect(readBoard(doc).flows).toEqual([]);
  });

  it("runs every command with the local origin so undo can track only the user's changes", () => {
    const { doc, sales } = twoLanes();
    const origins: unknown[] = [];
    doc.on("afterTransaction", (transaction: Y.Transaction) => origins.push(transaction.origin));
    const id = addStep(doc, { laneId: sales, x: 0 });
    relabelStep(doc, id, "x");
    expect(origins).toEqual([LOCAL_ORIGIN, LOCAL_ORIGIN]);
    const custom = Symbol("other");
    relabelStep(doc, id, "y", custom);
    expect(origins[2]).toBe(custom);
  });
});

describe("flow commands", () => {
  it("connects steps, reuses an identical flow, refuses self-loops and unknown steps", () => {
    const { doc, sales } = twoLanes();
    const a = addStep(doc, { laneId: sales, x: 0 });
    const b = addStep(doc, { laneId: sales, x: 200 });
    const flow = connect(doc, { from: a, to: b, label: "ok" });
    expect(connect(doc, { from: a, to: b })).toBe(flow);
    expect(() => connect(doc, { from: a, to: a })).toThrow(/into itself/);
    expect(() => connect(doc, { from: a, to: "ghost" })).toThrow(/no step/);
    expect(readBoard(doc).flows).toEqual([{ id: flow, from: a, to: b, label: "ok" }]);
  });

  it("labels a flow, records handover details and disconnects", () => {
    const { doc, sales, it } = twoLanes();
    const a = addStep(doc, { laneId: sales, x: 0 });
    const b = addStep(doc, { laneId: it, x: 200 });
    const flow = connect(doc, { from: a, to: b });
    setFlowLabel(doc, flow, "order details");
    setHandoverDetails(doc, flow, { artifact: "Order form", channel: "email" });
    expect(readBoard(doc).flows[0]).toEqual({
      id: flow,
      from: a,
      to: b,
      label: "order details",
      handover: { artifact: "Order form", channel: "email" },
    });
    setHandoverDetails(doc, flow, { channel: null });
    expect(readBoard(doc).flows[0]!.handover).toEqual({ artifact: "Order form" });
    const note = addNote(doc, { kind: "question", text: "who?", target: { type: "flow", id: flow }, author: "p" });
    disconnect(doc, flow);
    expect(readBoard(doc).flows).toEqual([]);
    expect(boardMaps(doc).notes.has(note)).toBe(false);
  });
});

describe("roles, RACI and notes", () => {
  it("holds one code per role per step and cascades role deletion", () => {
    const { doc, sales } = twoLanes();
    const step = addStep(doc, { laneId: sales, x: 0 });
    const role = addRole(doc, { laneId: sales, name: "Account manager" });
    setRaci(doc, step, role, "R");
    setRaci(doc, step, role, "A");
    expect(readBoard(doc).raci).toEqual([{ stepId: step, roleId: role, code: "A" }]);
    setRaci(doc, step, role, null);
    expect(readBoard(doc).raci).toEqual([]);
    setRaci(doc, step, role, "C");
    deleteRole(doc, role);
    expect(boardMaps(doc).raci.size).toBe(0);
  });

  it("adds pain points with a category and an empty vote tally, edits and deletes notes", () => {
    const { doc, sales } = twoLanes();
    const step = addStep(doc, { laneId: sales, x: 0 });
    const pain = addNote(doc, {
      kind: "pain",
      text: "Waiting for IT",
      target: { type: "step", id: step },
      author: "Ana",
      category: "waiting",
    });
    setNoteText(doc, pain, "Waiting two weeks for IT");
    expect(readBoard(doc).notes[0]).toEqual({
      id: pain,
      kind: "pain",
      text: "Waiting two weeks for IT",
      target: { type: "step", id: step },
      author: "Ana",
      category: "waiting",
      votes: {},
    });
    expect(() => addNote(doc, { kind: "idea", text: "x", target: { type: "step", id: "ghost" }, author: "A" })).toThrow(
      /no longer exists/,
    );
    deleteNote(doc, pain);
    expect(readBoard(doc).notes).toEqual([]);
  });
});

describe("handover derivation", () => {
  it("lists flows between lanes with provider and customer lane, and re-derives when a step changes lane", () => {
    const { doc, sales, it } = twoLanes();
    const a = addStep(doc, { laneId: sales, x: 0 });
    const b = addStep(doc, { laneId: sales, x: 200 });
    const c = addStep(doc, { laneId: it, x: 400 });
    const ab = connect(doc, { from: a, to: b });
    const bc = connect(doc, { from: b, to: c });
    expect(deriveHandovers(readBoard(doc)).map((h) => [h.flow.id, h.providerLaneId, h.customerLaneId])).toEqual([
      [bc, sales, it],
    ]);
    moveStep(doc, b, { x: 200, y: 50, laneId: it });
    const handovers = deriveHandovers(readBoard(doc));
    expect(handovers.map((h) => [h.flow.id, h.providerLaneId, h.customerLaneId])).toEqual([[ab, sales, it]]);
  });
});
