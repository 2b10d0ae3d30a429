import { describe, expect, it } from "vitest";
import { tabPresenceId } from "./presence-id";

/** A tab's sessionStorage: what survives its reloads. */
function tabStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe("a tab's presence id", () => {
  it("stays the same across a reload of the tab", () => {
    const storage = tabStorage();
    const before = tabPresenceId(storage);
    expect(tabPresenceId(storage)).toBe(before);
    expect(before).toMatch(/^tab_/);
  });

  it("differs from another tab's", () => {
    expect(tabPresenceId(tabStorage())).not.toBe(tabPresenceId(tabStorage()));
  });

  it("still gives one id for the page's life when storage refuses to keep it", () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(tabPresenceId(refusing)).toBe(tabPresenceId(refusing));
  });
});
