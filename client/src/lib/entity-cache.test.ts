import { describe, expect, it } from "vitest";
import { EntityCache } from "./entity-cache";

describe("entity cache", () => {
  it("returns the same object while an entity's inputs are unchanged", () => {
    const cache = new EntityCache<{ label: string }, { text: string }>();
    const first = cache.get("a", { label: "Approve" }, ({ label }) => ({ text: label }));
    const again = cache.get("a", { label: "Approve" }, ({ label }) => ({ text: label }));
    expect(again).toBe(first);
  });

  it("rebuilds an entity whose inputs changed", () => {
    const cache = new EntityCache<{ label: string }, { text: string }>();
    const first = cache.get("a", { label: "Approve" }, ({ label }) => ({ text: label }));
    const changed = cache.get("a", { label: "Reject" }, ({ label }) => ({ text: label }));
    expect(changed).not.toBe(first);
    expect(changed.text).toBe("Reject");
  });

  it("forgets entities that were not asked for since the last sweep", () => {
    const cache = new EntityCache<{ label: string }, { text: string }>();
    const first = cache.get("a", { label: "Approve" }, ({ label }) => ({ text: label }));
    cache.sweep();
    cache.sweep();
    expect(cache.get("a", { label: "Approve" }, ({ label }) => ({ text: label }))).not.toBe(first);
  });
});
