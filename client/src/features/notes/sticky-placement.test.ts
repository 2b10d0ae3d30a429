import { describe, expect, it } from "vitest";
import type { Note } from "@brownpaper/shared";
import { placeStickies, STICKY_SIZE, type TargetGeometry } from "./sticky-placement";

const geometry: TargetGeometry = {
  steps: new Map([["s1", { x: 300, y: 200, width: 168, height: 72 }]]),
  flows: new Map([["f1", { x: 600, y: 240 }]]),
  lanes: new Map([["l1", { top: 160, height: 170 }]]),
};

const note = (id: string, kind: Note["kind"], type: Note["target"]["type"], targetId: string): Note => ({
  id,
  kind,
  text: id,
  author: "",
  target: { type, id: targetId },
});

describe("placing stickies beside their targets", () => {
  it("puts a step's pile on the step's top-right corner", () => {
    const [pile] = placeStickies([note("n1", "idea", "step", "s1")], geometry);
    expect(pile).toMatchObject({
      key: "step:s1",
      x: 300 + 168 - 30,
      y: 200 - STICKY_SIZE.height + 14,
      noteIds: ["n1"],
    });
  });

  it("follows the step when it moves", () => {
    const moved: TargetGeometry = { ...geometry, steps: new Map([["s1", { x: 500, y: 400, width: 168, height: 72 }]]) };
    const [pile] = placeStickies([note("n1", "idea", "step", "s1")], moved);
    expect(pile).toMatchObject({ x: 500 + 168 - 30, y: 400 - STICKY_SIZE.height + 14 });
  });

  it("sits a flow's pile beside the middle of its route, and a lane's in its header column", () => {
    const piles = placeStickies([note("n1", "pain", "flow", "f1"), note("n2", "comment", "lane", "l1")], geometry);
    expect(piles.find((pile) => pile.key === "flow:f1")).toMatchObject({ x: 616, y: 240 - STICKY_SIZE.height - 6 });
    expect(piles.find((pile) => pile.key === "lane:l1")).toMatchObject({
      x: 12,
      y: 160 + 170 - STICKY_SIZE.height - 10,
    });
  });

  it("puts board notes above the first lane", () => {
    const [pile] = placeStickies([note("n1", "question", "board", "board")], geometry);
    expect(pile?.y).toBeLessThan(0);
  });

  it("stacks pain on top, most voted first, then the other kinds", () => {
    const notes = [
      note("a", "comment", "step", "s1"),
      note("b", "pain", "step", "s1"),
      note("c", "idea", "step", "s1"),
      note("d", "pain", "step", "s1"),
    ];
    const [pile] = placeStickies(
      notes,
      geometry,
      new Map([
        ["d", 3],
        ["b", 1],
      ]),
    );
    expect(pile?.noteIds).toEqual(["d", "b", "c", "a"]);
  });

  it("leaves out notes whose target is not drawn", () => {
    expect(placeStickies([note("n1", "idea", "step", "gone")], geometry)).toEqual([]);
  });
});
