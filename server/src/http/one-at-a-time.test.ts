import { describe, expect, it } from "vitest";
import { OneAtATime } from "./one-at-a-time";

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe("OneAtATime", () => {
  it("runs tasks of one key in order, each after the last has finished, failed ones included", async () => {
    const queue = new OneAtATime();
    const events: string[] = [];
    const first = deferred();
    const a = queue.run("b1", async () => {
      events.push("a start");
      await first.promise;
      events.push("a end");
      throw new Error("a failed");
    });
    const b = queue.run("b1", async () => {
      events.push("b");
      return 2;
    });
    const other = queue.run("b2", async () => {
      events.push("other");
      return 3;
    });
    expect(await other).toBe(3);
    expect(events).toEqual(["a start", "other"]);
    first.resolve();
    await expect(a).rejects.toThrow("a failed");
    expect(await b).toBe(2);
    expect(events).toEqual(["a start", "other", "a end", "b"]);
  });
});
