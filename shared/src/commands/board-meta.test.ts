import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readBoard } from "../doc/read-board";
import { setBoardScope, setBoardState, setBoardTitle } from "./board-meta";
import { CommandError } from "./command-error";
import { exchange, fork } from "../test-support/docs";

describe("board title, scope and state", () => {
  it("sets the title trimmed, and falls back to 'Untitled process' when it is blank", () => {
    const doc = new Y.Doc();
    setBoardTitle(doc, "  Hire to first day  ");
    expect(readBoard(doc).meta.title).toBe("Hire to first day");
    setBoardTitle(doc, "   ");
    expect(readBoard(doc).meta.title).toBe("Untitled process");
    setBoardTitle(doc, "x".repeat(900));
    expect(readBoard(doc).meta.title).toHaveLength(500);
  });

  it("sets the trigger and the outcome separately, so two people framing the scope at once keep both", () => {
    const doc = new Y.Doc();
    const left = fork(doc);
    const right = fork(doc);
    setBoardScope(left, { trigger: "Offer signed" });
    setBoardScope(right, { outcome: "Productive on day one" });
    exchange(left, right);
    expect(readBoard(left).meta.scope).toEqual({ trigger: "Offer signed", outcome: "Productive on day one" });
    setBoardScope(left, { outcome: "" });
    expect(readBoard(left).meta.scope).toEqual({ trigger: "Offer signed", outcome: "" });
  });

  it("switches between as-is and to-be, and refuses any other state", () => {
    const doc = new Y.Doc();
    expect(readBoard(doc).meta.state).toBe("as-is");
    setBoardState(doc, "to-be");
    expect(readBoard(doc).meta.state).toBe("to-be");
    expect(() => setBoardState(doc, "someday" as never)).toThrow(CommandError);
    expect(readBoard(doc).meta.state).toBe("to-be");
  });
});
