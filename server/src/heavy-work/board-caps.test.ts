import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createBoardDoc, ROOT } from "@brownpaper/shared";
import { BOARD_CAPS, docOverCaps, fileOverCaps, MAX_BOARD_ENTITIES } from "./board-caps";

describe("board caps", () => {
  it("lets a file within every cap through, and names the cap a file is past", () => {
    expect(fileOverCaps({ steps: new Array(BOARD_CAPS.steps).fill({}) })).toBeNull();
    expect(fileOverCaps({ steps: new Array(BOARD_CAPS.steps + 1).fill({}) })).toBe(
      "A board may hold at most 50,000 steps; this one has 50,001.",
    );
    expect(fileOverCaps({ lanes: new Array(1001).fill({}) })).toMatch(/at most 1,000 lanes/);
  });

  it("caps all kinds added up", () => {
    const each = () => new Array(50_000).fill({});
    const file = { steps: each(), flows: each(), notes: each(), raci: each() };
    expect(fileOverCaps(file)).toBeNull();
    expect(fileOverCaps({ ...file, roles: [{}] })).toContain(
      `at most ${MAX_BOARD_ENTITIES.toLocaleString("en")} lanes, steps, flows, roles, RACI entries, notes and agreements together; this one has 200,001`,
    );
  });

  it("leaves what is not a list to the validation", () => {
    expect(fileOverCaps({ steps: "many" })).toBeNull();
    expect(fileOverCaps(null)).toBeNull();
  });

  it("counts a board doc's entities", () => {
    const doc = createBoardDoc(undefined);
    expect(docOverCaps(doc)).toBeNull();
    const lanes = doc.getMap(ROOT.lanes);
    doc.transact(() => {
      for (let i = 0; i <= BOARD_CAPS.lanes; i++) lanes.set(`lane-${i}`, new Y.Map());
    });
    expect(docOverCaps(doc)).toBe("A board may hold at most 1,000 lanes; this one has 1,001.");
  });
});
