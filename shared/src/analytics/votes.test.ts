import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { canVote, dotsLeft, dotsSpent, effectiveVotes } from "./votes";
import { placeDots, toBoard } from "./fixtures/to-board";
import { claimsBoardFile } from "./fixtures/claims-board";
import { equipmentBoardFile } from "./fixtures/equipment-board";
import { createBoardDoc } from "../interchange/import-board";
import { readBoard, type Board } from "../doc/read-board";
import type { Note } from "../schema/note";

/** Two tabs of one workshop, each starting from the same board and editing apart. */
function twoTabs(): [Y.Doc, Y.Doc] {
  const first = createBoardDoc(equipmentBoardFile());
  const second = new Y.Doc();
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
  return [first, second];
}

function merge(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
}

/** Places dots the way the UI will: only when `canVote` allows it on that tab's board. */
function vote(doc: Y.Doc, participant: string, noteId: string, dots: number): void {
  const check = canVote(readBoard(doc), participant, noteId, dots);
  expect(check).toEqual({ ok: true });
  const current = readBoard(doc).notes.find((note) => note.id === noteId)!.votes?.[participant] ?? 0;
  placeDots(doc, noteId, participant, current + dots);
}

describe("dots", () => {
  it("counts the dots a participant placed on pain points and what they have left", () => {
    const board = toBoard(claimsBoardFile());
    // ana: n-p1 2 + n-p3 1 = 3 of 3; dan: n-p3 1 + n-p5 1 = 2 of 3.
    expect([dotsSpent(board, "ana"), dotsLeft(board, "ana")]).toEqual([3, 0]);
    expect([dotsSpent(board, "dan"), dotsLeft(board, "dan")]).toEqual([2, 1]);
    expect([dotsSpent(board, "newcomer"), dotsLeft(board, "newcomer")]).toEqual([0, 3]);
  });

  it("ignores dots stuck on notes that are not pain points and names that clash with object keys", () => {
    const board = toBoard(claimsBoardFile());
    const question: Note = { ...board.notes.find((note) => note.id === "n-q1")!, votes: { ana: 5 } };
    const withQuestionVotes: Board = {
      ...board,
      notes: board.notes.map((note) => (note.id === "n-q1" ? question : note)),
    };
    expect(dotsSpent(withQuestionVotes, "ana")).toBe(3);
    expect(dotsSpent(board, "constructor")).toBe(0);
    expect(dotsLeft(board, "toString")).toBe(3);
  });
});

describe("effective votes", () => {
  it("counts every pain note in id order when nobody over-spent", () => {
    // n-p1: ana 2 + bo 1 = 3; n-p2: bo 2 + cy 1 = 3; n-p3: ana 1 + cy 2 + dan 1 = 4; n-p4: 0; n-p5: dan 1.
    const votes = effectiveVotes(toBoard(claimsBoardFile()));
    expect(votes.notes).toEqual([
      { noteId: "n-p1", votes: 3 },
      { noteId: "n-p2", votes: 3 },
      { noteId: "n-p3", votes: 4 },
      { noteId: "n-p4", votes: 0 },
      { noteId: "n-p5", votes: 1 },
    ]);
    expect(votes.participants).toEqual([
      { participant: "ana", placed: 3, counted: 3 },
      { participant: "bo", placed: 3, counted: 3 },
      { participant: "cy", placed: 3, counted: 3 },
      { participant: "dan", placed: 2, counted: 2 },
    ]);
    expect(votes.overspent).toEqual([]);
  });

  it("caps a participant who over-spent from two tabs at their dots, the same way on every client", () => {
    const [tab1, tab2] = twoTabs();
    // Each tab alone stays within kim's 2 dots.
    vote(tab1, "kim", "p-b", 2);
    vote(tab2, "kim", "p-a", 1);
    vote(tab2, "kim", "p-c", 1);
    vote(tab2, "lee", "p-c", 2);
    merge(tab1, tab2);
    const board = readBoard(tab1);
    expect(readBoard(tab2)).toEqual(board);
    expect(dotsSpent(board, "kim")).toBe(4);

    // kim, notes in id order with 2 dots: p-a 1 (1 left), p-b 2 → 1 (0 left), p-c 1 → 0.
    // lee: p-c 2. Tally: p-a 1, p-b 1, p-c 0 + 2 = 2.
    const votes = effectiveVotes(board);
    expect(votes.notes).toEqual([
      { noteId: "p-a", votes: 1 },
      { noteId: "p-b", votes: 1 },
      { noteId: "p-c", votes: 2 },
    ]);
    expect(votes.participants).toEqual([
      { participant: "kim", placed: 4, counted: 2 },
      { participant: "lee", placed: 2, counted: 2 },
    ]);
    expect(votes.overspent).toEqual(["kim"]);
    expect(effectiveVotes(readBoard(tab2))).toEqual(votes);
    // The tally never exceeds the dots anyone has: 2 participants × 2 dots.
    expect(votes.notes.reduce((sum, note) => sum + note.votes, 0)).toBeLessThanOrEqual(2 * 2);
  });

  it("never counts more dots for anyone than the board gives, whatever was placed", () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * below);
    };
    const board = toBoard(claimsBoardFile());
    let overspentRounds = 0;
    for (let round = 0; round < 200; round++) {
      const dots = random(5);
      const notes: Note[] = board.notes.map((note) => {
        if (note.kind !== "pain") return note;
        const votes: Record<string, number> = {};
        for (const participant of ["ana", "bo", "cy"]) if (random(2) === 1) votes[participant] = 1 + random(4);
        return { ...note, votes };
      });
      const tally = effectiveVotes({ meta: { ...board.meta, dotsPerParticipant: dots }, notes });
      for (const entry of tally.participants) expect(entry.counted).toBeLessThanOrEqual(dots);
      expect(tally.notes.reduce((sum, note) => sum + note.votes, 0)).toBeLessThanOrEqual(3 * dots);
      if (tally.overspent.length > 0) overspentRounds += 1;
    }
    // The rounds must actually exercise over-spending for the bound to mean anything.
    expect(overspentRounds).toBeGreaterThan(50);
  });
});

describe("can vote", () => {
  const board = toBoard(claimsBoardFile());

  it("lets a participant add dots they still have and take back dots they placed", () => {
    expect(canVote(board, "dan", "n-p4", 1)).toEqual({ ok: true });
    expect(canVote(board, "ana", "n-p1", -2)).toEqual({ ok: true });
  });

  it("refuses more dots than are left, counting dots placed rather than counted", () => {
    expect(canVote(board, "dan", "n-p4", 2)).toEqual({ ok: false, reason: "You have 1 dot left." });
    expect(canVote(board, "ana", "n-p4", 1)).toEqual({ ok: false, reason: "You have 0 dots left." });
  });

  it("refuses taking back more dots than are on the note", () => {
    expect(canVote(board, "ana", "n-p1", -3)).toEqual({ ok: false, reason: "You have 2 dots on this pain point." });
    expect(canVote(board, "ana", "n-p4", -1)).toEqual({ ok: false, reason: "You have 0 dots on this pain point." });
  });

  it("refuses votes on anything but a pain point, fractional dots and anonymous voters", () => {
    expect(canVote(board, "ana", "n-q1", 1)).toEqual({ ok: false, reason: "Only pain points take votes." });
    expect(canVote(board, "ana", "gone", 1)).toEqual({ ok: false, reason: "That note no longer exists." });
    expect(canVote(board, "newcomer", "n-p4", 0.5).ok).toBe(false);
    expect(canVote(board, "newcomer", "n-p4", 0).ok).toBe(false);
    expect(canVote(board, "  ", "n-p4", 1).ok).toBe(false);
  });

  it("refuses new dots to someone who over-spent until they take some back", () => {
    const [tab1, tab2] = twoTabs();
    vote(tab1, "kim", "p-b", 2);
    vote(tab2, "kim", "p-a", 2);
    merge(tab1, tab2);
    const merged = readBoard(tab1);
    expect(dotsLeft(merged, "kim")).toBe(0);
    expect(canVote(merged, "kim", "p-c", 1).ok).toBe(false);
    expect(canVote(merged, "kim", "p-a", -2)).toEqual({ ok: true });
  });
});
