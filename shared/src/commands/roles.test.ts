import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readBoard } from "../doc/read-board";
import { CommandError } from "./command-error";
import { addLane } from "./lanes";
import { addRole, renameRole, setRaci } from "./roles";
import { addStep } from "./steps";

describe("roles", () => {
  it("renames a role, keeping its lane and its RACI codes", () => {
    const doc = new Y.Doc();
    const hr = addLane(doc, { name: "HR" });
    const step = addStep(doc, { laneId: hr, x: 100, label: "Send contract" });
    const role = addRole(doc, { laneId: hr, name: "Recruiter" });
    setRaci(doc, step, role, "R");
    renameRole(doc, role, "  HR partner ");
    const board = readBoard(doc);
    expect(board.roles).toEqual([{ id: role, name: "HR partner", laneId: hr }]);
    expect(board.raci).toEqual([{ stepId: step, roleId: role, code: "R" }]);
  });

  it("refuses a blank name or an unknown role and changes nothing", () => {
    const doc = new Y.Doc();
    const hr = addLane(doc, { name: "HR" });
    const role = addRole(doc, { laneId: hr, name: "Recruiter" });
    expect(() => renameRole(doc, role, "  ")).toThrow("A role needs a name.");
    expect(() => renameRole(doc, "role-nope", "Manager")).toThrow(CommandError);
    expect(readBoard(doc).roles.map((r) => r.name)).toEqual(["Recruiter"]);
  });
});
