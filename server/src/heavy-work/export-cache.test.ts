import { describe, expect, it } from "vitest";
import { ExportCache } from "./export-cache";

function sized(bytes: number, tag = "") {
  return { body: new Uint8Array(bytes), tag };
}

describe("ExportCache", () => {
  it("makes an export once per board version and again when the version changes", async () => {
    const cache = new ExportCache<ReturnType<typeof sized>>(1000);
    let made = 0;
    const make = (tag: string) => async () => {
      made += 1;
      return sized(10, tag);
    };
    expect((await cache.get("b1 svg", "v1", make("first"))).tag).toBe("first");
    expect((await cache.get("b1 svg", "v1", make("again"))).tag).toBe("first");
    expect((await cache.get("b1 svg", "v2", make("newer"))).tag).toBe("newer");
    expect(made).toBe(2);
    // The older version made room for the newer one.
    expect(cache.size).toEqual({ entries: 1, bytes: 10 });
  });

  it("lets requests for an export being made wait for that one", async () => {
    const cache = new ExportCache<ReturnType<typeof sized>>(1000);
    let made = 0;
    let finish: (value: ReturnType<typeof sized>) => void = () => {};
    const make = () => {
      made += 1;
      return new Promise<ReturnType<typeof sized>>((resolve) => (finish = resolve));
    };
    const all = Promise.all([cache.get("b1 svg", "v1", make), cache.get("b1 svg", "v1", make)]);
    finish(sized(5, "shared"));
    expect((await all).map((value) => value.tag)).toEqual(["shared", "shared"]);
    expect(made).toBe(1);
  });

  it("does not keep a failure: the next request tries again", async () => {
    const cache = new ExportCache<ReturnType<typeof sized>>(1000);
    await expect(cache.get("b1 svg", "v1", () => Promise.reject(new Error("timed out")))).rejects.toThrow("timed out");
    expect((await cache.get("b1 svg", "v1", async () => sized(5, "retried"))).tag).toBe("retried");
  });

  it("stays within its bytes, dropping the least recently used first, and keeps nothing over a quarter of them", async () => {
    const cache = new ExportCache<ReturnType<typeof sized>>(100);
    await cache.get("a", "v1", async () => sized(25, "a"));
    await cache.get("b", "v1", async () => sized(25, "b"));
    await cache.get("c", "v1", async () => sized(25, "c"));
    await cache.get("a", "v1", async () => sized(25, "a made again"));
    await cache.get("d", "v1", async () => sized(25, "d"));
    await cache.get("e", "v1", async () => sized(25, "e"));
    expect(cache.size).toEqual({ entries: 4, bytes: 100 });
    // b was the least recently used: made again; a was used after it and stayed.
    expect((await cache.get("a", "v1", async () => sized(25, "a evicted"))).tag).toBe("a");
    expect((await cache.get("b", "v1", async () => sized(25, "b made again"))).tag).toBe("b made again");

    await cache.get("huge", "v1", async () => sized(26, "huge"));
    expect((await cache.get("huge", "v1", async () => sized(26, "huge made again"))).tag).toBe("huge made again");
  });
});
