import { describe, expect, it } from "vitest";
import { createTabStore } from "./tab-presence-id";
import { fakeStorage } from "./fake-storage.fixture";

const idOf = (storage: Storage | null) => createTabStore(storage).getState().presenceId;

describe("a tab's presence id", () => {
  it("stays the same across a reload of the tab", () => {
    const storage = fakeStorage();
    const before = idOf(storage);
    expect(idOf(storage)).toBe(before);
    expect(before).toMatch(/^tab_/);
  });

  it("differs from another tab's", () => {
    expect(idOf(fakeStorage())).not.toBe(idOf(fakeStorage()));
  });

  it("still gives one id for the page's life when storage refuses to keep it", () => {
    const store = createTabStore(fakeStorage({}, { refuse: true }));
    const id = store.getState().presenceId;
    store.setState({});
    expect(store.getState().presenceId).toBe(id);
    expect(idOf(null)).toMatch(/^tab_/);
  });
});
