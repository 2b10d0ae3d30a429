import { describe, expect, it } from "vitest";
import { createPreferencesStore, PREFERENCES_KEY, type SilentDraft } from "./preferences";
import { fakeStorage } from "./fake-storage.fixture";

const draft = (id: string): SilentDraft => ({ id, text: `note ${id}`, target: { type: "board", id: "board" } });

describe("the preferences store", () => {
  it("keeps one trimmed, bounded name across page loads", () => {
    const storage = fakeStorage();
    createPreferencesStore(storage).getState().setName("  Ada Lovelace  ");
    expect(createPreferencesStore(storage).getState().name).toBe("Ada Lovelace");
    createPreferencesStore(storage).getState().setName("x".repeat(200));
    expect(createPreferencesStore(storage).getState().name).toHaveLength(60);
  });

  it("stores everything under one versioned key", () => {
    const storage = fakeStorage();
    createPreferencesStore(storage).getState().rememberShareLinks("b1", { editUrl: "/e", viewUrl: "/v" });
    expect(storage.length).toBe(1);
    const stored = JSON.parse(storage.getItem(PREFERENCES_KEY) ?? "null");
    expect(stored.version).toBe(1);
    expect(stored.state.shareLinks).toEqual({ b1: { editUrl: "/e", viewUrl: "/v" } });
    expect(stored.state.setName).toBeUndefined();
  });

  it("keeps drafts per board and round, and forgets the rounds that ended", () => {
    const storage = fakeStorage();
    const store = createPreferencesStore(storage);
    store.getState().setDrafts("b1", "r1", [draft("a")]);
    store.getState().setDrafts("b1", "r2", [draft("b")]);
    store.getState().setDrafts("b2", "r1", [draft("c")]);
    store.getState().forgetOtherRounds("b1", "r2");
    expect(Object.keys(createPreferencesStore(storage).getState().drafts).sort()).toEqual(["b1:r2", "b2:r1"]);
    store.getState().setDrafts("b1", "r2", []);
    store.getState().forgetOtherRounds("b2", null);
    expect(createPreferencesStore(storage).getState().drafts).toEqual({});
  });

  it("carries over the name, links and drafts earlier releases kept under keys of their own", () => {
    const storage = fakeStorage({
      "brownpaper:author-name": "Signer",
      "brownpaper:participant-name": " Voter ",
      "brownpaper:share-links:b1": JSON.stringify({ editUrl: "/e", viewUrl: "/v" }),
      "brownpaper:share-links:broken": "{not json",
      "brownpaper:silent-drafts:b1:r1": JSON.stringify([draft("a"), { id: 3 }]),
      "unrelated-key": "stays",
    });
    const state = createPreferencesStore(storage).getState();
    expect(state.name).toBe("Voter");
    expect(state.shareLinks).toEqual({ b1: { editUrl: "/e", viewUrl: "/v" } });
    expect(state.drafts).toEqual({ "b1:r1": [draft("a")] });
    expect(storage.getItem("brownpaper:participant-name")).toBeNull();
    expect(storage.getItem("unrelated-key")).toBe("stays");
    expect(createPreferencesStore(storage).getState().name).toBe("Voter");
  });

  it("falls back to defaults for stored values of the wrong shape instead of breaking the page", () => {
    const storage = fakeStorage({
      [PREFERENCES_KEY]: JSON.stringify({
        version: 1,
        state: { name: 42, shareLinks: { b1: { editUrl: 1 } }, drafts: { "b1:r1": "nope" } },
      }),
    });
    const state = createPreferencesStore(storage).getState();
    expect(state).toMatchObject({ name: "", shareLinks: {}, drafts: {} });
    expect(typeof state.setName).toBe("function");
  });

  it("still remembers the name for the page's life when storage refuses writes", () => {
    const store = createPreferencesStore(fakeStorage({}, { refuse: true }));
    store.getState().setName("Grace");
    expect(store.getState().name).toBe("Grace");
    expect(createPreferencesStore(null).getState().name).toBe("");
  });
});
