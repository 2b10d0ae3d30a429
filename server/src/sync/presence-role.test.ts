import { describe, expect, it } from "vitest";
import { withConnectionRole } from "./presence-role";

const entry = (state: unknown) => ({ clientId: 7, clock: 3, stateJson: JSON.stringify(state) });
const stateOf = (stamped: { stateJson: string }): unknown => JSON.parse(stamped.stateJson);

describe("withConnectionRole", () => {
  it("replaces the role a state claims with the connection's", () => {
    const claimed = entry({ user: { name: "Eve", colour: "#112233", role: "facilitator" }, cursor: { x: 1, y: 2 } });
    expect(stateOf(withConnectionRole(claimed, "edit"))).toEqual({
      user: { name: "Eve", colour: "#112233", role: "edit" },
      cursor: { x: 1, y: 2 },
    });
  });

  it("adds the role to a user that names none", () => {
    expect(stateOf(withConnectionRole(entry({ user: { name: "Old client" } }), "view"))).toEqual({
      user: { name: "Old client", role: "view" },
    });
  });

  it("leaves an honest state, a cleared one and one without a user untouched", () => {
    const honest = entry({ user: { name: "Fay", role: "facilitator" } });
    expect(withConnectionRole(honest, "facilitator")).toBe(honest);
    for (const other of [entry(null), entry({ name: "no user" }), entry({ user: "text" }), entry([1])]) {
      expect(withConnectionRole(other, "edit")).toBe(other);
    }
  });
});
