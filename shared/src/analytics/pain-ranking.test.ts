import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { painRanking, painRankingWithoutVotes } from "./pain-ranking";
import { placeDots, toBoard } from "./fixtures/to-board";
import { claimsBoardFile } from "./fixtures/claims-board";
import { equipmentBoardFile } from "./fixtures/equipment-board";
import { createBoardDoc } from "../interchange/import-board";
import { readBoard } from "../doc/read-board";

describe("pain ranking", () => {
  const ranking = painRanking(toBoard(claimsBoardFile()));

  it("ranks pain points by votes, ties by note id, and leaves other notes out", () => {
    // n-p3 4, n-p1 3, n-p2 3 (tie: n-p1 < n-p2), n-p5 1, n-p4 0. n-q1 is a question.
    expect(ranking.ranked.map((pain) => [pain.noteId, pain.votes])).toEqual([
      ["n-p3", 4],
      ["n-p1", 3],
      ["n-p2", 3],
      ["n-p5", 1],
      ["n-p4", 0],
    ]);
    expect(ranking.ranked[0]).toEqual({
      noteId: "n-p3",
      text: "Nobody knows the claim's status",
      category: "handover-error",
      votes: 4,
      target: { type: "flow", id: "f04" },
      laneId: "lk",
    });
  });

  it("charges pain to the lane, the step's lane or the handover's provider lane", () => {
    const laneOf = Object.fromEntries(ranking.ranked.map((pain) => [pain.noteId, pain.laneId]));
    // n-p1 on s-ask (Customer), n-p2 on s-pay (Finance), n-p3 on f04 Claims → Finance, n-p4 on Finance, n-p5 on the board.
    expect(laneOf).toEqual({ "n-p1": "lu", "n-p2": "lf", "n-p3": "lk", "n-p4": "lf", "n-p5": null });
    // lk: n-p3 (4); lf: n-p2 (3) + n-p4 (0) = 2 notes, 3 votes; lu: n-p1 (3).
    expect(ranking.lanes).toEqual([
      { laneId: "lc", notes: 0, votes: 0 },
      { laneId: "lk", notes: 1, votes: 4 },
      { laneId: "lf", notes: 2, votes: 3 },
      { laneId: "lu", notes: 1, votes: 3 },
    ]);
    expect(ranking.board).toEqual({ notes: 1, votes: 1 });
  });

  it("totals pain per handover and per step, most votes first, ties in step order", () => {
    expect(ranking.handovers).toEqual([
      { flowId: "f04", providerLaneId: "lk", customerLaneId: "lf", notes: 1, votes: 4 },
    ]);
    // s-pay and s-ask both have 3 votes; s-pay comes first in step order.
    expect(ranking.steps).toEqual([
      { stepId: "s-pay", notes: 1, votes: 3 },
      { stepId: "s-ask", notes: 1, votes: 3 },
    ]);
  });

  it("gives the category mix with every category, empty ones included", () => {
    expect(ranking.categories).toEqual([
      { category: "waiting", notes: 1, votes: 3 },
      { category: "rework", notes: 1, votes: 3 },
      { category: "handover-error", notes: 1, votes: 4 },
      { category: "unclear-need", notes: 0, votes: 0 },
      { category: "no-agreement", notes: 0, votes: 0 },
      { category: "silo", notes: 1, votes: 0 },
      { category: "distraction", notes: 1, votes: 1 },
      { category: "other", notes: 0, votes: 0 },
    ]);
  });

  it("counts pain on a flow inside one lane for the lane but not as handover pain", () => {
    const file = claimsBoardFile();
    file.notes.push({
      id: "n-p6",
      kind: "pain",
      text: "Assessment waits for a check",
      target: { type: "flow", id: "f03" },
      author: "bo",
      category: "waiting",
      votes: {},
    });
    const withInner = painRanking(toBoard(file));
    expect(withInner.lanes.find((lane) => lane.laneId === "lk")).toEqual({ laneId: "lk", notes: 2, votes: 4 });
    expect(withInner.handovers.map((handover) => handover.flowId)).toEqual(["f04"]);
  });

  it("ranks by capped votes, not by the dots an over-spender placed", () => {
    const tab1 = createBoardDoc(equipmentBoardFile());
    const tab2 = new Y.Doc();
    Y.applyUpdate(tab2, Y.encodeStateAsUpdate(tab1));
    placeDots(tab1, "p-b", "kim", 2);
    placeDots(tab2, "p-a", "kim", 1);
    placeDots(tab2, "p-c", "kim", 1);
    placeDots(tab2, "p-c", "lee", 2);
    Y.applyUpdate(tab1, Y.encodeStateAsUpdate(tab2));
    // Placed: p-a 1, p-b 2, p-c 3. Counted (kim capped at 2 in id order): p-a 1, p-b 1, p-c 2.
    const ranked = painRanking(readBoard(tab1)).ranked;
    expect(ranked.map((pain) => [pain.noteId, pain.votes])).toEqual([
      ["p-c", 2],
      ["p-a", 1],
      ["p-b", 1],
    ]);
    // p-c sits on h2, Requesting team → Procurement: charged to the provider.
    expect(ranked[0]!.laneId).toBe("lp");
  });

  it("without votes, keeps every count null and orders nothing by votes", () => {
    const file = claimsBoardFile();
    // A second pain point on s-ask, with no votes: s-ask now has more pain points than s-pay.
    file.notes.push({
      id: "n-p0",
      kind: "pain",
      text: "Form asks twice",
      target: { type: "step", id: "s-ask" },
      author: "bo",
      category: "rework",
      votes: {},
    });
    const hidden = painRankingWithoutVotes(toBoard(file));
    expect(hidden.ranked.map((pain) => [pain.noteId, pain.votes])).toEqual([
      ["n-p0", null],
      ["n-p1", null],
      ["n-p2", null],
      ["n-p3", null],
      ["n-p4", null],
      ["n-p5", null],
    ]);
    expect(hidden.steps).toEqual([
      { stepId: "s-ask", notes: 2, votes: null },
      { stepId: "s-pay", notes: 1, votes: null },
    ]);
    expect(hidden.lanes.find((lane) => lane.laneId === "lf")).toEqual({ laneId: "lf", notes: 2, votes: null });
    expect(hidden.board).toEqual({ notes: 1, votes: null });
  });
});
