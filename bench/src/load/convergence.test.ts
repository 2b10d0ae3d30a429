import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { checkConvergence, combineConvergence } from "./convergence";
import { createOwnStep, editStep } from "./step-edits";

/** Three editors whose updates reach each peer in a different order, as through a server. */
function editors(): { docs: Y.Doc[]; updates: Array<{ from: number; update: Uint8Array }> } {
  const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
  const updates: Array<{ from: number; update: Uint8Array }> = [];
  docs.forEach((doc, from) =>
    doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== "remote") updates.push({ from, update });
    }),
  );
  const steps = docs.map((doc) => createOwnStep(doc));
  for (let n = 0; n < 30; n++) docs.forEach((doc, i) => editStep(doc, steps[i]!, n));
  return { docs, updates };
}

function deliver(docs: Y.Doc[], updates: Array<{ from: number; update: Uint8Array }>, skip?: number): void {
  docs.forEach((doc, to) => {
    const order = to % 2 === 0 ? updates : [...updates].reverse();
    order.forEach(({ from, update }, index) => {
      if (from !== to && index !== skip) Y.applyUpdate(doc, update, "remote");
    });
  });
}

describe("checkConvergence", () => {
  it("finds clients that applied the same edits in different orders converged", () => {
    const { docs, updates } = editors();
    deliver(docs, updates);
    expect(checkConvergence(docs)).toEqual({ converged: true, docs: 3, distinctStateVectors: 1, distinctStates: 1 });
  });

  it("fails a run where one update never reached the others", () => {
    const { docs, updates } = editors();
    deliver(docs, updates, 40);
    const result = checkConvergence(docs);
    expect(result.converged).toBe(false);
    expect(result.distinctStateVectors).toBeGreaterThan(1);
  });

  it("fails a board as soon as one of the boards in a scenario fails", () => {
    const good = { converged: true, docs: 5, distinctStateVectors: 1, distinctStates: 1 };
    const bad = { converged: false, docs: 5, distinctStateVectors: 2, distinctStates: 2 };
    expect(combineConvergence([good, good])).toMatchObject({ converged: true, docs: 10 });
    expect(combineConvergence([good, bad])).toMatchObject({ converged: false, distinctStates: 2 });
    expect(combineConvergence([]).converged).toBe(false);
  });
});
