import { describe, expect, it } from "vitest";
import { fakeStorage } from "../../state/fake-storage.fixture";
import { createOpenRoundsStore, OPEN_ROUNDS_KEY, roundKey } from "./open-rounds";

const round = (reviewId: string, openedAt = "2026-12-01T10:00:00.000Z") => ({
  reviewId,
  surveyToken: `t-${reviewId}`,
  surveyUrl: `http://x/s/b/a/${reviewId}#token=t`,
  openedAt,
});

describe("open review rounds kept in this browser", () => {
  it("keeps a round per agreement across a reload and forgets it once closed", () => {
    const storage = fakeStorage();
    const store = createOpenRoundsStore(storage);
    store.getState().remember("b1", "a1", round("r1"));
    store.getState().remember("b1", "a2", round("r2"));
    const reloaded = createOpenRoundsStore(storage);
    expect(reloaded.getState().rounds[roundKey("b1", "a1")]?.reviewId).toBe("r1");
    reloaded.getState().forget("b1", "a1", "r1");
    expect(createOpenRoundsStore(storage).getState().rounds).toEqual({ [roundKey("b1", "a2")]: round("r2") });
  });

  it("does not forget a newer round when an older one's close arrives late", () => {
    const store = createOpenRoundsStore(fakeStorage());
    store.getState().remember("b1", "a1", round("r1"));
    store.getState().remember("b1", "a1", round("r2"));
    store.getState().forget("b1", "a1", "r1");
    expect(store.getState().rounds[roundKey("b1", "a1")]?.reviewId).toBe("r2");
  });

  it("drops stored entries that are not rounds", () => {
    const storage = fakeStorage({
      [OPEN_ROUNDS_KEY]: JSON.stringify({
        state: { rounds: { "b:a": round("r1"), "b:x": { reviewId: 3 }, "b:y": null } },
        version: 1,
      }),
    });
    expect(Object.keys(createOpenRoundsStore(storage).getState().rounds)).toEqual(["b:a"]);
  });
});
