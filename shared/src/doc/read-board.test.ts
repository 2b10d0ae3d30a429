import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readBoard } from "./read-board";
import { boardMaps } from "./layout";
import { addLane, deleteLane } from "../commands/lanes";
import { addStep } from "../commands/steps";
import { connect } from "../commands/flows";
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
