import { describe, expect, it } from "vitest";
import type { RoleLoad } from "@brownpaper/shared";
import { agreementTarget, categoryTarget, figureTarget, handoversTarget, roleTarget } from "./gap-targets";

const path = { stepIds: ["start", "log", "assess", "pay", "end"], flowIds: ["f1", "f2", "f3", "f4"] };
const parts = {
  withPctCompleteAccurate: ["log", "assess"],
  waiting: { core: ["log", "assess"], support: ["pay"], other: [] },
};
const wholePath = { type: "group", stepIds: path.stepIds, flowIds: path.flowIds };

describe("where a main-path figure takes the facilitator", () => {
  it("shows the whole path, steps and flows, for the times and the flow efficiency", () => {
    expect(figureTarget("processTime", path, parts)).toEqual(wholePath);
    expect(figureTarget("leadTime", path, parts)).toEqual(wholePath);
    expect(figureTarget("flowEfficiency", path, parts)).toEqual(wholePath);
  });

  it("shows the steps whose %C&A is rolled, and the steps that wait in core or in support lanes", () => {
    expect(figureTarget("rolledPctCompleteAccurate", path, parts)).toEqual({
      type: "group",
      stepIds: ["log", "assess"],
      flowIds: [],
    });
    expect(figureTarget("waitingCore", path, parts)).toEqual({
      type: "group",
      stepIds: ["log", "assess"],
      flowIds: [],
    });
    expect(figureTarget("waitingSupport", path, parts)).toEqual({ type: "group", stepIds: ["pay"], flowIds: [] });
  });

  it("falls back to the whole path when no step makes up the figure", () => {
    expect(figureTarget("waitingOther", path, parts)).toEqual(wholePath);
  });
});

describe("where the handover, role, pain and agreement lines take the facilitator", () => {
  it("selects all of a lane pair's handovers together", () => {
    expect(handoversTarget(["f2", "f7"])).toEqual({ type: "group", stepIds: [], flowIds: ["f2", "f7"] });
  });

  const roles = [{ id: "r-lead", name: "Team lead", laneId: "claims" }];
  const load = (accountable: string[], responsible: string[]): RoleLoad => ({
    roleId: "r-lead",
    accountable,
    responsible,
    accountableCount: accountable.length,
    responsibleCount: responsible.length,
  });

  it("selects every step a role is R or A on, once each", () => {
    expect(roleTarget(load(["assess", "pay"], ["assess", "log"]), roles)).toEqual({
      type: "group",
      stepIds: ["assess", "pay", "log"],
      flowIds: [],
    });
  });

  it("takes a role with no R or A to its lane", () => {
    expect(roleTarget(load([], []), roles)).toEqual({ type: "lane", id: "claims" });
  });

  const ranked = [
    { noteId: "n3", category: "waiting" as const },
    { noteId: "n1", category: "rework" as const },
    { noteId: "n2", category: "waiting" as const },
  ];

  it("jumps to a category's top pain point, then walks through the rest of it on each click", () => {
    expect(categoryTarget(ranked, "waiting", null)).toEqual({ type: "note", id: "n3" });
    expect(categoryTarget(ranked, "waiting", "n3")).toEqual({ type: "note", id: "n2" });
    expect(categoryTarget(ranked, "waiting", "n2")).toEqual({ type: "note", id: "n3" });
    expect(categoryTarget(ranked, "waiting", "n1")).toEqual({ type: "note", id: "n3" });
  });

  it("shows the handovers an agreement covers, or the lane it serves when it covers none", () => {
    expect(agreementTarget({ flowIds: ["f4", "f5"], customerLaneId: "finance" })).toEqual({
      type: "group",
      stepIds: [],
      flowIds: ["f4", "f5"],
    });
    expect(agreementTarget({ flowIds: [], customerLaneId: "finance" })).toEqual({ type: "lane", id: "finance" });
  });
});
