import { describe, expect, it } from "vitest";
import { parsePeer } from "./presence-state";

const user = { name: "Ana", colour: "#3a9d5d", role: "edit" };

describe("reading someone's presence", () => {
  it("reads the steps, flows and lane they have selected", () => {
    const peer = parsePeer(7, { user, selection: ["s1", "s2"], selectedFlows: ["f1"], selectedLane: "sales" });
    expect(peer?.selection).toEqual({ steps: ["s1", "s2"], flows: ["f1"], lane: "sales" });
  });

  it("reads a presence that selects only steps, as clients before flows and lanes sent it", () => {
    expect(parsePeer(7, { user, selection: ["s1"] })?.selection).toEqual({ steps: ["s1"], flows: [], lane: null });
  });

  it("drops what is not an id, and keeps a huge selection to a bounded size", () => {
    const peer = parsePeer(7, { user, selection: ["s1", 4, null], selectedFlows: "f1", selectedLane: 12 });
    expect(peer?.selection).toEqual({ steps: ["s1"], flows: [], lane: null });
    const many = Array.from({ length: 2000 }, (_, index) => `f${index}`);
    expect(parsePeer(7, { user, selectedFlows: many })?.selection.flows).toHaveLength(500);
  });

  it("reads the tab's presence id, and none when it is missing or not a short string", () => {
    expect(parsePeer(7, { user, presenceId: "tab_abc" })?.presenceId).toBe("tab_abc");
    expect(parsePeer(7, { user })?.presenceId).toBeNull();
    expect(parsePeer(7, { user, presenceId: 42 })?.presenceId).toBeNull();
    expect(parsePeer(7, { user, presenceId: "x".repeat(500) })?.presenceId).toBeNull();
  });

  it("ignores a state without a usable person", () => {
    expect(parsePeer(7, { selection: ["s1"] })).toBeNull();
    expect(parsePeer(7, { user: { name: "Ana", colour: "red" } })).toBeNull();
  });
});
