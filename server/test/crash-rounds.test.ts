import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Received } from "./crash-rounds";

/** A doc with `count` notes written by one client, then the first `deleted` of them deleted. */
function writer(clientID: number, count: number, deleted = 0): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  const notes = doc.getMap("notes");
  for (let i = 0; i < count; i++) notes.set(`n${i}`, i);
  for (let i = 0; i < deleted; i++) notes.delete(`n${i}`);
  return doc;
}

describe("what the writers received", () => {
  it("counts every id once, however often it was received", () => {
    const received = new Received();
    const update = Y.encodeStateAsUpdate(writer(7, 5, 2));
    received.record(update);
    received.record(update);
    expect(received.updates).toBe(2);
    // Five inserts, plus the two deletions; the deletions were received twice but count once.
    expect(received.checkedIds()).toBe(7);
  });

  it("finds nothing missing from a doc that holds it all", () => {
    const source = writer(7, 5, 2);
    const received = new Received();
    received.record(Y.encodeStateAsUpdate(source));
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(source));
    expect(received.gapsIn(copy)).toEqual([]);
  });

  it("reports the clocks a doc lacks as one range with its size, and each deletion it lacks", () => {
    const received = new Received();
    received.record(Y.encodeStateAsUpdate(writer(7, 5, 1)));
    // A doc that stored only the first three notes and not the deletion.
    const partial = new Y.Doc();
    Y.applyUpdate(partial, Y.encodeStateAsUpdate(writer(7, 3)));
    expect(received.gapsIn(partial)).toEqual([
      { id: "7:3..4", ids: 2 },
      { id: "deleted 7:0", ids: 1 },
    ]);
    expect(received.missingFrom(partial)).toEqual(["7:3..4", "deleted 7:0"]);
  });
});
