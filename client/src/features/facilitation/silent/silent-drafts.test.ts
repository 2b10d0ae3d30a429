import { describe, expect, it } from "vitest";
import type { SilentRound } from "@brownpaper/shared";
import { notesToPublish, type PublishContext, type SilentDraft } from "./silent-drafts";

const writing: SilentRound = { id: "r1", status: "writing", anonymous: false };
const revealed: SilentRound = { ...writing, status: "revealed" };
const drafts: SilentDraft[] = [
  { id: "silent_r1_a", text: " Too many approvals ", target: { type: "step", id: "s1" } },
  { id: "silent_r1_b", text: "Nobody owns returns", target: { type: "board", id: "board" } },
];
const context: PublishContext = { author: "Ana", existingNoteIds: new Set(), targetExists: () => true };

describe("silent-round drafts", () => {
  it("stay private while the round is being written", () => {
    expect(notesToPublish(writing, "r1", drafts, context)).toEqual([]);
  });

  it("are all published at reveal, under the writer's name, trimmed", () => {
    const notes = notesToPublish(revealed, "r1", drafts, context);
    expect(notes.map((note) => [note.id, note.text, note.author])).toEqual([
      ["silent_r1_a", "Too many approvals", "Ana"],
      ["silent_r1_b", "Nobody owns returns", "Ana"],
    ]);
  });

  it("carry no name in an anonymous round", () => {
    const notes = notesToPublish({ ...revealed, anonymous: true }, "r1", drafts, context);
    expect(notes.every((note) => note.author === "Anonymous")).toBe(true);
  });

  it("of an earlier round are never published into a new one", () => {
    expect(notesToPublish({ ...revealed, id: "r2" }, "r1", drafts, context)).toEqual([]);
  });

  it("are published once, even if reveal is seen twice", () => {
    const notes = notesToPublish(revealed, "r1", drafts, { ...context, existingNoteIds: new Set(["silent_r1_a"]) });
    expect(notes.map((note) => note.id)).toEqual(["silent_r1_b"]);
  });

  it("that are empty are dropped, and those whose step was deleted land on the board", () => {
    const withEmpty = [...drafts, { id: "silent_r1_c", text: "  ", target: { type: "board" as const, id: "board" } }];
    const notes = notesToPublish(revealed, "r1", withEmpty, {
      ...context,
      targetExists: (target) => target.type !== "step",
    });
    expect(notes.map((note) => [note.id, note.target])).toEqual([
      ["silent_r1_a", { type: "board", id: "board" }],
      ["silent_r1_b", { type: "board", id: "board" }],
    ]);
  });
});
