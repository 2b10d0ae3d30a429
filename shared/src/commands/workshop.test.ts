import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addLane } from "./lanes";
import { addStep, moveStep, relabelStep } from "./steps";
import { connect } from "./flows";
import { addNote, setPainCategory } from "./notes";
import { castVote, setDotsPerParticipant, setVotesHidden } from "./votes";
import { addAgreement } from "./agreements";
import {
  addAgreementFlow,
  addMeasure,
  removeAgreementFlow,
  removeMeasure,
  updateAgreement,
  updateMeasure,
} from "./agreement-fields";
import { readBoard } from "../doc/read-board";
import { LOCAL_ORIGIN } from "../doc/origin";
import { effectiveVotes } from "../analytics/votes";
import { CommandError } from "./command-error";
import { connectedPair, exchange, fork } from "../test-support/docs";

function painBoard() {
  const doc = new Y.Doc();
  const lane = addLane(doc, { name: "Ops" });
  const step = addStep(doc, { laneId: lane, x: 200 });
  const pain = addNote(doc, { kind: "pain", text: "Slow", target: { type: "step", id: step }, author: "Ana" });
  const other = addNote(doc, { kind: "pain", text: "Rework", target: { type: "step", id: step }, author: "Ben" });
  return { doc, pain, other };
}

describe("voting", () => {
  it("spends up to the board's dots, can take them back, and says how many are left when refused", () => {
    const { doc, pain, other } = painBoard();
    castVote(doc, pain, "Ana", 2);
    castVote(doc, other, "Ana", 1);
    expect(() => castVote(doc, other, "Ana", 1)).toThrow("You have 0 dots left.");
    castVote(doc, pain, "Ana", -1);
    castVote(doc, other, "Ana", 1);
    const votesOn = (id: string) => readBoard(doc).notes.find((note) => note.id === id)!.votes;
    expect([votesOn(pain), votesOn(other)]).toEqual([{ Ana: 1 }, { Ana: 2 }]);
    expect(() => castVote(doc, pain, "Ana", -2)).toThrow(CommandError);
  });

  it("never loses a vote when two people vote at the same time", () => {
    const { doc, pain } = painBoard();
    const left = fork(doc);
    const right = fork(doc);
    castVote(left, pain, "Ana", 3);
    castVote(right, pain, "Ben", 2);
    exchange(left, right);
    expect(readBoard(left).notes.find((note) => note.id === pain)!.votes).toEqual({ Ana: 3, Ben: 2 });
    expect(readBoard(right).notes).toEqual(readBoard(left).notes);
  });

  it("never counts more than a participant's dots when two tabs of theirs over-spend at once", () => {
    const { doc, pain, other } = painBoard();
    const left = fork(doc);
    const right = fork(doc);
    castVote(left, pain, "Ana", 3);
    castVote(right, other, "Ana", 3);
    exchange(left, right);
    const counted = effectiveVotes(readBoard(left));
    expect(counted.notes.reduce((sum, note) => sum + note.votes, 0)).toBe(3);
    expect(counted.participants).toEqual([{ participant: "Ana", placed: 6, counted: 3 }]);
    expect(counted.overspent).toEqual(["Ana"]);
    expect(effectiveVotes(readBoard(right))).toEqual(counted);
  });

  it("lets the facilitator change the dots and hide votes; only pain points take votes", () => {
    const { doc, pain } = painBoard();
    setDotsPerParticipant(doc, 5);
    setVotesHidden(doc, true);
    castVote(doc, pain, "Ana", 5);
    expect(readBoard(doc).meta).toMatchObject({ dotsPerParticipant: 5, votesHidden: true });
    expect(() => setDotsPerParticipant(doc, -1)).toThrow(CommandError);
    setPainCategory(doc, pain, "rework");
    expect(readBoard(doc).notes.find((note) => note.id === pain)!.category).toBe("rework");
  });
});

describe("service agreement editing", () => {
  function handoverBoard() {
    const doc = new Y.Doc();
    const hr = addLane(doc, { name: "HR" });
    const it = addLane(doc, { name: "IT" });
    const a = addStep(doc, { laneId: hr, x: 200 });
    const b = addStep(doc, { laneId: it, x: 400 });
    const c = addStep(doc, { laneId: it, x: 600 });
    const handover = connect(doc, { from: a, to: b });
    const second = connect(doc, { from: a, to: c });
    const inside = connect(doc, { from: b, to: c });
    const agreement = addAgreement(doc, { providerLaneId: hr, customerLaneId: it, flowIds: [handover] });
    return { doc, hr, it, a, b, handover, second, inside, agreement };
  }

  it("edits words, status, review date and measures without touching weights", () => {
    const { doc, agreement } = handoverBoard();
    updateAgreement(doc, agreement, {
      status: "retired",
      expectation: "Start date in one ticket",
      reviewBy: "2027-01-31",
    });
    addMeasure(doc, agreement, { name: "On time", dimension: "speed", target: "1 day", weight: 70 });
    addMeasure(doc, agreement, { name: "Polite", dimension: "courtesy", target: "always", weight: 20, score: 90 });
    updateMeasure(doc, agreement, 0, { score: 60 });
    const read = readBoard(doc).agreements[0]!;
    expect(read).toMatchObject({ status: "retired", expectation: "Start date in one ticket", reviewBy: "2027-01-31" });
    expect(read.measures.map((m) => [m.name, m.weight, m.score])).toEqual([
      ["On time", 70, 60],
      ["Polite", 20, 90],
    ]);
    removeMeasure(doc, agreement, 1);
    updateMeasure(doc, agreement, 0, { score: null });
    expect(readBoard(doc).agreements[0]!.measures).toEqual([
      { id: expect.stringMatching(/^m_/), name: "On time", dimension: "speed", target: "1 day", weight: 70 },
    ]);
    expect(() => updateAgreement(doc, agreement, { reviewBy: "soon" })).toThrow(/2027-03-31/);
    expect(() => addMeasure(doc, agreement, { name: "x", dimension: "speed", target: "", weight: 120 })).toThrow(
      /between 0 and 100/,
    );
  });

  it("covers more handovers of the same lane pair, and refuses flows that are not provider → customer", () => {
    const { doc, agreement, second, inside, handover } = handoverBoard();
    addAgreementFlow(doc, agreement, second);
    expect(readBoard(doc).agreements[0]!.flowIds).toEqual([handover, second]);
    expect(() => addAgreementFlow(doc, agreement, inside)).toThrow(/between two lanes/);
    removeAgreementFlow(doc, agreement, handover);
    expect(readBoard(doc).agreements[0]!.flowIds).toEqual([second]);
  });
});

describe("undo takes back only your own changes", () => {
  it("undo in one doc does not remove the other user's step", () => {
    const [alice, bob] = connectedPair();
    const lane = addLane(alice, { name: "Ops" });
    const undo = new Y.UndoManager([alice.getMap("steps"), alice.getMap("lanes"), alice.getMap("flows")], {
      trackedOrigins: new Set([LOCAL_ORIGIN]),
    });
    undo.clear();
    const mine = addStep(alice, { laneId: lane, x: 200, label: "Mine" });
    const theirs = addStep(bob, { laneId: lane, x: 400, label: "Theirs" });
    undo.undo();
    expect(readBoard(alice).steps.map((step) => step.id)).toEqual([theirs]);
    expect(readBoard(bob).steps.map((step) => step.id)).toEqual([theirs]);
    undo.redo();
    expect(
      readBoard(bob)
        .steps.map((step) => step.id)
        .sort(),
    ).toEqual([mine, theirs].sort());
  });

  it("undoing my move after someone relabelled the same step keeps their label", () => {
    const [alice, bob] = connectedPair();
    const lane = addLane(alice, { name: "Ops" });
    const step = addStep(alice, { laneId: lane, x: 200, label: "Draft" });
    const undo = new Y.UndoManager([alice.getMap("steps")], { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    moveStep(alice, step, { x: 500, y: 30 });
    relabelStep(bob, step, "Approve request");
    undo.undo();
    expect(readBoard(bob).steps[0]).toMatchObject({ x: 200, label: "Approve request" });
  });
});
