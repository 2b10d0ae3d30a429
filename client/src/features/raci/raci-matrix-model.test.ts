import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addLane, addRole, addStep, connect, readBoard, setRaci } from "@brownpaper/shared";
import { raciMatrixModel } from "./raci-matrix-model";

function board() {
  const doc = new Y.Doc();
  const sales = addLane(doc, { name: "Sales" });
  const ops = addLane(doc, { name: "Ops" });
  const ship = addStep(doc, { laneId: ops, x: 200, label: "Ship" });
  const take = addStep(doc, { laneId: sales, x: 600, label: "Take order", kind: "start" });
  connect(doc, { from: take, to: ship });
  const manager = addRole(doc, { laneId: ops, name: "Manager" });
  const clerk = addRole(doc, { laneId: sales, name: "Clerk" });
  setRaci(doc, ship, manager, "A");
  return { model: raciMatrixModel(readBoard(doc)), ship, take, manager, clerk };
}

describe("the RACI matrix", () => {
  it("lists steps in flow order, not board order", () => {
    const { model } = board();
    expect(model.steps.map((step) => step.label)).toEqual(["Take order", "Ship"]);
  });

  it("groups the role columns by lane, in lane order", () => {
    const { model } = board();
    expect(model.laneGroups.map((group) => [group.name, group.span])).toEqual([
      ["Sales", 1],
      ["Ops", 1],
    ]);
    expect(model.roles.map((role) => role.name)).toEqual(["Clerk", "Manager"]);
  });

  it("knows each cell's code and each step's problems", () => {
    const { model, ship, manager, clerk } = board();
    expect(model.code(ship, manager)).toBe("A");
    expect(model.code(ship, clerk)).toBeNull();
    expect(model.issues.get(ship)?.map((issue) => issue.rule)).toEqual(["no-responsible"]);
  });
});
