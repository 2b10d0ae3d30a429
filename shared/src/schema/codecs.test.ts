import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { sampleBoardFile } from "../test-support/sample-board";
import { readMeta, writeMeta, DEFAULT_BOARD_TITLE } from "./board";
import { readLane, toLaneYMap } from "./lane";
import { readStep, toStepYMap } from "./step";
import { readFlow, toFlowYMap } from "./flow";
import { readRole, toRoleYMap } from "./role";
import { raciKey, readRaci, writeRaci } from "./raci";
import { readNote, toNoteYMap } from "./note";
import { readAgreement, toAgreementYMap } from "./agreement";

/** A Y.Map only holds its content once it is part of a doc, as every entity of a board is. */
function attached(map: Y.Map<unknown>): Y.Map<unknown> {
  new Y.Doc().getMap("entities").set("entity", map);
  return map;
}

/** A Y.Map in a doc holding exactly these raw values, whatever their type. */
function raw(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = attached(new Y.Map<unknown>());
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}

describe("entity codecs: what is written reads back the same", () => {
  const file = sampleBoardFile();

  it("round-trips lanes with their order key, and steps, flows and roles", () => {
    for (const { id, ...lane } of file.lanes) {
      expect(readLane(id, attached(toLaneYMap({ ...lane, orderKey: "a5" })))).toEqual({
        id,
        ...lane,
        order: 0,
        orderKey: "a5",
      });
    }
    for (const { id, ...step } of file.steps) expect(readStep(id, attached(toStepYMap(step)))).toEqual({ id, ...step });
    for (const { id, ...flow } of file.flows) expect(readFlow(id, attached(toFlowYMap(flow)))).toEqual({ id, ...flow });
    for (const { id, ...role } of file.roles) expect(readRole(id, attached(toRoleYMap(role)))).toEqual({ id, ...role });
  });

  it("round-trips notes with their votes, and agreements with their flows and measures", () => {
    for (const { id, ...note } of file.notes) expect(readNote(id, attached(toNoteYMap(note)))).toEqual({ id, ...note });
    for (const { id, ...agreement } of file.agreements) {
      expect(readAgreement(id, attached(toAgreementYMap(agreement)))).toEqual({ id, ...agreement });
    }
  });

  it("gives a new pain point an empty votes map, so each voter writes an entry of the same map", () => {
    const map = attached(
      toNoteYMap({ kind: "pain", text: "Slow", target: { type: "board", id: "board" }, author: "Kim" }),
    );
    expect(map.get("votes")).toBeInstanceOf(Y.Map);
    expect(readNote("n", map).votes).toEqual({});
  });

  it("round-trips the board's metadata and leaves the doc's bookkeeping alone", () => {
    const meta = raw({ schemaVersion: 1, votesHidden: true });
    writeMeta(meta, file);
    expect(readMeta(meta)).toEqual({
      title: file.title,
      scope: file.scope,
      state: file.state,
      dotsPerParticipant: file.dotsPerParticipant,
      schemaVersion: 1,
      votesHidden: true,
    });
  });

  it("round-trips RACI entries, one code per role per step", () => {
    const raci = new Y.Doc().getMap<unknown>("raci");
    writeRaci(raci, { stepId: "s1", roleId: "r1", code: "R" });
    writeRaci(raci, { stepId: "s1", roleId: "r1", code: "A" });
    expect([...raci.entries()].map(([key, code]) => readRaci(key, code))).toEqual([
      { stepId: "s1", roleId: "r1", code: "A" },
    ]);
  });
});

describe("entity codecs: hostile values read as defaults", () => {
  it("reads a lane, step, flow and role of wrong types as their defaults", () => {
    expect(readLane("l", raw({ name: null, kind: "moat", order: 7, height: "tall" }))).toEqual({
      id: "l",
      name: "Lane",
      kind: "core",
      order: 0,
      orderKey: "a0",
      height: 160,
    });
    const step = raw({ laneId: 3, label: 42, kind: "rocket", x: Number.NaN, y: "50", processTime: -5 });
    step.set("leadTime", Number.POSITIVE_INFINITY);
    step.set("pctCompleteAccurate", 140);
    expect(readStep("s", step)).toEqual({
      id: "s",
      laneId: "",
      label: "",
      kind: "task",
      x: 0,
      y: 50,
      processTime: 0,
      pctCompleteAccurate: 100,
    });
    expect(readFlow("f", raw({ from: 1, to: "b", label: [], artifact: 9, channel: "pigeon" }))).toEqual({
      id: "f",
      from: "",
      to: "b",
      label: "",
    });
    expect(readRole("r", raw({ name: {}, laneId: "l" }))).toEqual({ id: "r", name: "Role", laneId: "l" });
  });

  it("counts only whole, positive dots as votes and reads an unknown target as the board", () => {
    const votes = new Y.Map<unknown>();
    const note = raw({ kind: "rant", text: 5, targetType: "planet", targetId: 7, category: "boredom", votes });
    for (const [who, dots] of Object.entries({ half: 1.5, negative: -1, kim: 2, text: "3" })) votes.set(who, dots);
    expect(readNote("n", note)).toEqual({
      id: "n",
      kind: "comment",
      text: "",
      target: { type: "board", id: "board" },
      author: "",
      votes: { kim: 2 },
    });
  });

  it("drops list entries of the wrong type from an agreement and reads unknown words as defaults", () => {
    const flowIds = new Y.Array<unknown>();
    const measures = new Y.Array<unknown>();
    const agreement = raw({ status: "lost", flowIds, measures, reviewBy: 20270331 });
    flowIds.push([1, "f1", null]);
    const measure = new Y.Map<unknown>();
    measures.push(["not a measure", measure]);
    for (const [key, value] of Object.entries({ name: "Fast", dimension: "vibes", weight: "60", score: 70 })) {
      measure.set(key, value);
    }
    expect(readAgreement("a", agreement)).toEqual({
      id: "a",
      providerLaneId: "",
      customerLaneId: "",
      flowIds: ["f1"],
      status: "draft",
      expectation: "",
      customerObligations: "",
      reviewBy: "",
      measures: [
        {
          id: expect.stringMatching(/^m-\d+-\d+$/),
          name: "Fast",
          dimension: "speed",
          target: "",
          weight: 0,
          score: 70,
        },
      ],
      reviewIntervalDays: 90,
      reviews: [],
    });
    expect(readAgreement("b", raw({ flowIds: ["f1"], measures: "none" }))).toMatchObject({ flowIds: [], measures: [] });
  });

  it("reads metadata of wrong types as the defaults, and refuses malformed RACI entries", () => {
    expect(
      readMeta(raw({ title: { evil: true }, state: "maybe", dotsPerParticipant: Number.NaN, votesHidden: "yes" })),
    ).toEqual({
      title: DEFAULT_BOARD_TITLE,
      scope: { trigger: "", outcome: "" },
      state: "as-is",
      dotsPerParticipant: 3,
      schemaVersion: 0,
      votesHidden: false,
    });
    expect(readRaci(raciKey("s", "r"), "X")).toBeUndefined();
    expect(readRaci(raciKey("s", "r"), 1)).toBeUndefined();
    expect(readRaci("no separator", "R")).toBeUndefined();
    expect(readRaci(`${raciKey("s", "r")}\u0000extra`, "R")).toBeUndefined();
  });
});
