import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addLane, renameLane } from "@brownpaper/shared";
import { createBoardProjection } from "./board-projection";

describe("the board projection", () => {
  it("hands out the same snapshot until the doc changes", () => {
    const doc = new Y.Doc();
    const projection = createBoardProjection(doc);
    const first = projection.getSnapshot();
    expect(projection.getSnapshot()).toBe(first);
    addLane(doc, { name: "Sales" });
    const second = projection.getSnapshot();
    expect(second).not.toBe(first);
    expect(second.lanes.map((lane) => lane.name)).toEqual(["Sales"]);
    expect(projection.getSnapshot()).toBe(second);
  });

  it("tells subscribers about local and remote changes, deep inside entities too", () => {
    const local = new Y.Doc();
    const remote = new Y.Doc();
    const projection = createBoardProjection(local);
    let calls = 0;
    const unsubscribe = projection.subscribe(() => calls++);

    const laneId = addLane(remote, { name: "Ops" });
    Y.applyUpdate(local, Y.encodeStateAsUpdate(remote));
    expect(calls).toBeGreaterThan(0);
    const afterAdd = calls;
    renameLane(local, laneId, "Operations");
    expect(calls).toBeGreaterThan(afterAdd);
    expect(projection.getSnapshot().lanes[0]?.name).toBe("Operations");

    unsubscribe();
    const afterUnsubscribe = calls;
    renameLane(local, laneId, "Ops");
    expect(calls).toBe(afterUnsubscribe);
  });

  it("stops observing the doc once destroyed", () => {
    const doc = new Y.Doc();
    const projection = createBoardProjection(doc);
    const before = projection.getSnapshot();
    projection.destroy();
    addLane(doc, { name: "Late" });
    expect(projection.getSnapshot()).toBe(before);
  });
});
