import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readBoard } from "./read-board";
import { boardMaps } from "./layout";
import { addLane, deleteLane } from "../commands/lanes";
import { addStep } from "../commands/steps";
import { connect } from "../commands/flows";
import { addNote } from "../commands/notes";
import { exchange, fork } from "../test-support/docs";

describe("reading a board", () => {
  it("reads fields of the wrong type as their defaults instead of failing", () => {
    const doc = new Y.Doc();
    const lane = addLane(doc, { name: "Ops" });
    const step = addStep(doc, { laneId: lane, x: 10 });
    const maps = boardMaps(doc);
    (maps.steps.get(step) as Y.Map<unknown>).set("label", 42);
    (maps.steps.get(step) as Y.Map<unknown>).set("kind", "rocket");
    (maps.steps.get(step) as Y.Map<unknown>).set("x", Number.NaN);
    maps.steps.set("junk", "not a map");
    maps.meta.set("title", { evil: true });
    const board = readBoard(doc);
    expect(board.steps).toEqual([{ id: step, laneId: lane, label: "", kind: "task", x: 0, y: 50 }]);
    expect(board.meta.title).toBe("Untitled process");
  });

  it("leaves out a step added to a lane someone else deleted at the same time", () => {
    const base = new Y.Doc();
    const lane = addLane(base, { name: "Ops" });
    const other = addLane(base, { name: "IT" });
    const kept = addStep(base, { laneId: other, x: 0 });
    const left = fork(base);
    const right = fork(base);
    deleteLane(left, lane);
    const orphan = addStep(right, { laneId: lane, x: 0 });
    connect(right, { from: orphan, to: kept });
    exchange(left, right);
    const board = readBoard(left);
    expect(board.steps.map((step) => step.id)).toEqual([kept]);
    expect(board.flows).toEqual([]);
    expect(readBoard(right)).toEqual(board);
  });
});

describe("reading flows and votes defensively", () => {
  it("keeps one flow when two people connect the same steps at once, and drops self-loops", () => {
    const base = new Y.Doc();
    const lane = addLane(base, { name: "Ops" });
    const a = addStep(base, { laneId: lane, x: 0 });
    const b = addStep(base, { laneId: lane, x: 300 });
    const left = fork(base);
    const right = fork(base);
    connect(left, { from: a, to: b });
    connect(right, { from: a, to: b });
    exchange(left, right);
    expect(boardMaps(left).flows.size).toBe(2);
    expect(readBoard(left).flows).toHaveLength(1);
    expect(readBoard(left).flows).toEqual(readBoard(right).flows);
    const loop = new Y.Map<unknown>();
    loop.set("from", a);
    loop.set("to", a);
    boardMaps(left).flows.set("loop", loop);
    expect(readBoard(left).flows.map((flow) => flow.id)).not.toContain("loop");
  });

  it("treats a participant named __proto__ as a name like any other", () => {
    const doc = new Y.Doc();
    const lane = addLane(doc, { name: "Ops" });
    const step = addStep(doc, { laneId: lane, x: 0 });
    const note = addNote(doc, { kind: "pain", text: "x", target: { type: "step", id: step }, author: "a" });
    ((boardMaps(doc).notes.get(note) as Y.Map<unknown>).get("votes") as Y.Map<number>).set("__proto__", 2);
    expect(Object.keys(readBoard(doc).notes[0]!.votes!)).toEqual(["__proto__"]);
  });
});
