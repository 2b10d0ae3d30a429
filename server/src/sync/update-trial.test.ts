import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createLogger } from "../logger";
import { conflictBomb, orphanUpdate } from "../../test/crafted-messages";
import { UpdateTrial } from "./update-trial";

const trials: UpdateTrial[] = [];
afterEach(async () => {
  for (const trial of trials.splice(0)) await trial.close();
});

function trial(timeoutMs: number): UpdateTrial {
  const created = new UpdateTrial(timeoutMs, createLogger("silent"));
  trials.push(created);
  return created;
}

function boardState(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap("steps").set("s1", "Take order");
  return Y.encodeStateAsUpdate(doc);
}

describe("the update trial worker", () => {
  it("applies a sound update to a copy of the board and reports what it leaves pending", async () => {
    const worker = trial(2000);
    const sound = await worker.run(boardState(), conflictBomb(20));
    expect(sound).toMatchObject({ ok: true, pendingBytes: 0 });
    const orphan = await worker.run(boardState(), orphanUpdate(500));
    expect(orphan.ok && orphan.pendingBytes).toBeGreaterThan(500);
  });

  it("stops an update that runs past the time limit, and the next trial runs on a fresh worker", async () => {
    const worker = trial(100);
    expect(await worker.run(null, conflictBomb(20_000))).toMatchObject({ ok: false, reason: "timeout" });
    expect(await worker.run(boardState(), conflictBomb(10))).toMatchObject({ ok: true });
  });

  it("fails an update Yjs cannot read, without harm to later trials", async () => {
    const worker = trial(2000);
    expect(await worker.run(null, new Uint8Array([1, 1, 5, 0, 0x0b, 1, 1, 0x61, 0]))).toMatchObject({
      ok: false,
      reason: "failed",
    });
    expect(await worker.run(null, conflictBomb(3))).toMatchObject({ ok: true });
  });

  it("runs trials one after another in the order they were asked for", async () => {
    const worker = trial(2000);
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((n) => worker.run(null, conflictBomb(n * 50)).then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3]);
  });
});
