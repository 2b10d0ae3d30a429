import { describe, expect, it } from "vitest";
import { fakeStorage } from "../state/fake-storage.fixture";
import { ANSWERED_KEY, hasAnswered, markAnswered } from "./answered-rounds";

describe("rounds answered in this browser", () => {
  it("remembers a round once answered, and only that round", () => {
    const storage = fakeStorage();
    expect(hasAnswered(storage, "r1")).toBe(false);
    markAnswered(storage, "r1");
    markAnswered(storage, "r1");
    expect(hasAnswered(storage, "r1")).toBe(true);
    expect(hasAnswered(storage, "r2")).toBe(false);
    expect(JSON.parse(storage.getItem(ANSWERED_KEY)!)).toEqual(["r1"]);
  });

  it("keeps working when storage is blocked or holds something else", () => {
    const refusing = fakeStorage({}, { refuse: true });
    markAnswered(refusing, "r1");
    expect(hasAnswered(refusing, "r1")).toBe(false);
    expect(hasAnswered(fakeStorage({ [ANSWERED_KEY]: "{not json" }), "r1")).toBe(false);
    expect(hasAnswered(fakeStorage({ [ANSWERED_KEY]: '{"r1":true}' }), "r1")).toBe(false);
    expect(hasAnswered(null, "r1")).toBe(false);
  });
});
