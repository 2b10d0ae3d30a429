import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createOwnStep, editStep, STEPS_ROOT, writeSteps } from "./step-edits";

function capture(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  return updates;
}

describe("step edits", () => {
  it("are about 100 bytes each, the size the issue asks for", () => {
    const doc = new Y.Doc();
    // Client ids are random and written as varints in every update: a rare small one made
    // updates a few bytes shorter. A typical (five-byte) id keeps the check deterministic.
    doc.clientID = 3_000_000_000;
    const step = createOwnStep(doc);
    const updates = capture(doc);
    for (let n = 1; n <= 200; n++) editStep(doc, step, n);
    expect(updates).toHaveLength(200);
    for (const update of updates) {
      expect(update.byteLength).toBeGreaterThanOrEqual(80);
      expect(update.byteLength).toBeLessThanOrEqual(130);
    }
  });

  it("change only the client's own step, so concurrent editors never conflict", () => {
    const left = new Y.Doc();
    const right = new Y.Doc();
    const leftStep = createOwnStep(left);
    const rightStep = createOwnStep(right);
    editStep(left, leftStep, 5);
    editStep(right, rightStep, 6);
    Y.applyUpdate(left, Y.encodeStateAsUpdate(right));
    expect(left.getMap(STEPS_ROOT).size).toBe(2);
  });

  it("write a board in one update or in one update per step", () => {
    for (const separateUpdates of [false, true]) {
      const doc = new Y.Doc();
      const updates = capture(doc);
      writeSteps(doc, 50, { separateUpdates, prefix: "s" });
      expect(doc.getMap(STEPS_ROOT).size).toBe(50);
      expect(updates).toHaveLength(separateUpdates ? 50 : 1);
    }
  });
});
