import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addLane, deleteLane, moveLane, renameLane, setLaneHeight, setLaneKind } from "./lanes";
import { addStep } from "./steps";
import { connect } from "./flows";
import { addRole, setRaci } from "./roles";
import { addNote } from "./notes";
import { addAgreement } from "./agreements";
import { readBoard } from "../doc/read-board";
import { boardMaps } from "../doc/layout";
import { CommandError } from "./command-error";
import { connectedPair, exchange, fork } from "../test-support/docs";

const laneNames = (doc: Y.Doc) => readBoard(doc).lanes.map((lane) => lane.name);

describe("lane commands", () => {
  it("adds lanes in order and inserts at an index", () => {
    const doc = new Y.Doc();
    addLane(doc, { name: "Sales" });
    addLane(doc, { name: "IT", kind: "support" });
    addLane(doc, { name: "Customer", kind: "customer", index: 0 });
    expect(laneNames(doc)).toEqual(["Customer", "Sales", "IT"]);
    expect(readBoard(doc).lanes.map((lane) => lane.order)).toEqual([0, 1, 2]);
    expect(readBoard(doc).lanes[2]!.kind).toBe("support");
  });

  it("keeps lane names unique: a new lane gets a suffix and a rename to a taken name is refused", () => {
    const doc = new Y.Doc();
    const it1 = addLane(doc, { name: "IT" });
    addLane(doc, { name: "it" });
    expect(laneNames(doc)).toEqual(["IT", "it 2"]);
    const hr = addLane(doc, { name: "HR" });
    expect(() => renameLane(doc, hr, " It ")).toThrow(CommandError);
    expect(() => renameLane(doc, hr, "   ")).toThrow(/needs a name/);
    renameLane(doc, it1, "IT service desk");
    expect(laneNames(doc)).toEqual(["IT service desk", "it 2", "HR"]);
  });

  it("sets a lane's kind and clamps its height", () => {
    const doc = new Y.Doc();
    const lane = addLane(doc, { name: "Finance" });
    setLaneKind(doc, lane, "external");
    setLaneHeight(doc, lane, 5);
    expect(readBoard(doc).lanes[0]).toMatchObject({ kind: "external", height: 80 });
    setLaneHeight(doc, lane, 312.4);
    expect(readBoard(doc).lanes[0]!.height).toBe(312);
  });

  it("moves a lane to another position", () => {
    const doc = new Y.Doc();
    const a = addLane(doc, { name: "A" });
    addLane(doc, { name: "B" });
    addLane(doc, { name: "C" });
    moveLane(doc, a, 2);
    expect(laneNames(doc)).toEqual(["B", "C", "A"]);
    moveLane(doc, a, 0);
    expect(laneNames(doc)).toEqual(["A", "B", "C"]);
  });

  it("keeps both moves when two people reorder different lanes at the same time", () => {
    const base = new Y.Doc();
    const a = addLane(base, { name: "A" });
    addLane(base, { name: "B" });
    addLane(base, { name: "C" });
    const d = addLane(base, { name: "D" });
    const left = fork(base);
    const right = fork(base);
    moveLane(left, a, 1); // B A C D
    moveLane(right, d, 0); // D A B C
    exchange(left, right);
    expect(laneNames(left)).toEqual(laneNames(right));
    expect(laneNames(left)).toEqual(["D", "B", "A", "C"]);
  });

  it("orders lanes added concurrently at the same place the same way everywhere", () => {
    const base = new Y.Doc();
    addLane(base, { name: "A" });
    const left = fork(base);
    const right = fork(base);
    addLane(left, { name: "Left" });
    addLane(right, { name: "Right" });
    exchange(left, right);
    expect(laneNames(left)).toEqual(laneNames(right));
    // and a later insert between the tied lanes still works
    moveLane(left, readBoard(left).lanes[0]!.id, 1);
    expect(readBoard(left).lanes).toHaveLength(3);
  });

  it("deletes a lane with its steps, their flows, RACI and notes, its roles and agreements", () => {
    const doc = new Y.Doc();
    const sales = addLane(doc, { name: "Sales" });
    const it = addLane(doc, { name: "IT" });
    const s1 = addStep(doc, { laneId: sales, x: 0 });
    const s2 = addStep(doc, { laneId: it, x: 200 });
    const flow = connect(doc, { from: s1, to: s2 });
    const role = addRole(doc, { laneId: it, name: "Engineer" });
    setRaci(doc, s1, role, "R");
    addNote(doc, { kind: "pain", text: "slow", target: { type: "step", id: s2 }, author: "x" });
    addNote(doc, { kind: "idea", text: "lane idea", target: { type: "lane", id: it }, author: "x" });
    addNote(doc, { kind: "comment", text: "on handover", target: { type: "flow", id: flow }, author: "x" });
    const keep = addNote(doc, { kind: "comment", text: "board", target: { type: "board", id: "board" }, author: "x" });
    addAgreement(doc, { providerLaneId: sales, customerLaneId: it, flowIds: [flow] });

    deleteLane(doc, it);

    const maps = boardMaps(doc);
    expect([...maps.lanes.keys()]).toEqual([sales]);
    expect([...maps.steps.keys()]).toEqual([s1]);
    expect(maps.flows.size).toBe(0);
    expect(maps.roles.size).toBe(0);
    expect(maps.raci.size).toBe(0);
    expect([...maps.notes.keys()]).toEqual([keep]);
    expect(maps.agreements.size).toBe(0);
  });

  it("refuses commands on lanes that do not exist", () => {
    const doc = new Y.Doc();
    expect(() => deleteLane(doc, "nope")).toThrow(/no lane "nope"/);
    expect(() => renameLane(doc, "nope", "X")).toThrow(CommandError);
  });

  it("syncs lane edits between connected docs", () => {
    const [a, b] = connectedPair();
    const lane = addLane(a, { name: "Procurement", kind: "support" });
    expect(laneNames(b)).toEqual(["Procurement"]);
    renameLane(b, lane, "Purchasing");
    expect(laneNames(a)).toEqual(["Purchasing"]);
  });
});
