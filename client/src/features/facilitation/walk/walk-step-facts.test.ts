import { describe, expect, it } from "vitest";
import type { Board } from "@brownpaper/shared";
import { walkStepFacts } from "./walk-step-facts";

// Sales checks an order and hands it to Warehouse (under an agreement) and to Finance (without one).
const board: Board = {
  meta: {
    title: "Orders",
    scope: { trigger: "", outcome: "" },
    state: "as-is",
    dotsPerParticipant: 3,
    schemaVersion: 1,
    votesHidden: false,
  },
  lanes: [
    { id: "sales", name: "Sales", kind: "core", order: 0, height: 160, orderKey: "a0" },
    { id: "warehouse", name: "Warehouse", kind: "core", order: 1, height: 160, orderKey: "a1" },
    { id: "finance", name: "Finance", kind: "support", order: 2, height: 160, orderKey: "a2" },
  ],
  steps: [
    { id: "take", laneId: "sales", label: "Take order", kind: "start", x: 100, y: 40 },
    {
      id: "check",
      laneId: "sales",
      label: "Check order",
      kind: "task",
      x: 300,
      y: 40,
      processTime: 10,
      leadTime: 150,
      pctCompleteAccurate: 70,
    },
    { id: "pick", laneId: "warehouse", label: "Pick and pack", kind: "task", x: 500, y: 40 },
    { id: "bill", laneId: "finance", label: "Send invoice", kind: "task", x: 500, y: 40 },
    { id: "pay", laneId: "finance", label: "Chase payment", kind: "task", x: 700, y: 40 },
  ],
  flows: [
    { id: "f-take", from: "take", to: "check", label: "" },
    { id: "f-pick", from: "check", to: "pick", label: "", handover: { artifact: "Picking list", channel: "system" } },
    { id: "f-bill", from: "check", to: "bill", label: "" },
    { id: "f-back", from: "pay", to: "check", label: "", handover: { artifact: "Overdue list" } },
  ],
  roles: [
    { id: "clerk", name: "Order clerk", laneId: "sales" },
    { id: "lead", name: "Sales lead", laneId: "sales" },
    { id: "ctrl", name: "Credit controller", laneId: "finance" },
  ],
  raci: [
    { stepId: "check", roleId: "ctrl", code: "I" },
    { stepId: "check", roleId: "lead", code: "A" },
    { stepId: "check", roleId: "clerk", code: "R" },
    { stepId: "pick", roleId: "clerk", code: "C" },
  ],
  notes: [
    {
      id: "n1",
      kind: "pain",
      text: "Orders arrive incomplete",
      target: { type: "step", id: "check" },
      author: "Ana",
      category: "rework",
    },
    { id: "n2", kind: "idea", text: "Check stock first", target: { type: "step", id: "pick" }, author: "Ben" },
    { id: "n3", kind: "comment", text: "About the lane", target: { type: "lane", id: "sales" }, author: "Ben" },
  ],
  agreements: [
    {
      id: "sla",
      providerLaneId: "sales",
      customerLaneId: "warehouse",
      flowIds: ["f-pick"],
      status: "agreed",
      expectation: "Complete orders the same day",
      customerObligations: "",
      reviewBy: "",
      reviewIntervalDays: 90,
      reviews: [],
      measures: [
        { id: "m1", name: "Complete", dimension: "accuracy", target: "98%", weight: 60, score: 90 },
        { id: "m2", name: "Fast", dimension: "speed", target: "same day", weight: 40, score: 40 },
      ],
    },
  ],
};

describe("what the walk card says about a step", () => {
  it("names the step's lane and lists its roles R, A, C, I in that order", () => {
    const facts = walkStepFacts(board, "check");
    expect(facts?.step.label).toBe("Check order");
    expect(facts?.laneName).toBe("Sales");
    expect(facts?.raci).toEqual([
      { role: "Order clerk", code: "R" },
      { role: "Sales lead", code: "A" },
      { role: "Credit controller", code: "I" },
    ]);
  });

  it("shows only the measures that were taken, in the canvas's units", () => {
    expect(walkStepFacts(board, "check")?.measures).toEqual(["process 10m", "lead 2.5h", "70% complete & accurate"]);
    expect(walkStepFacts(board, "pick")?.measures).toEqual([]);
  });

  it("keeps the notes stuck on the step and leaves out notes on its lane", () => {
    expect(walkStepFacts(board, "check")?.notes.map((note) => note.text)).toEqual(["Orders arrive incomplete"]);
  });

  it("lists the handovers leaving the step with what changes hands and the agreement covering them", () => {
    const outgoing = walkStepFacts(board, "check")?.outgoing;
    expect(outgoing).toEqual([
      {
        flowId: "f-pick",
        otherStep: "Pick and pack",
        otherLane: "Warehouse",
        artifact: "Picking list",
        channel: "system",
        agreements: [{ id: "sla", status: "agreed", expectation: "Complete orders the same day", score: 70 }],
      },
      { flowId: "f-bill", otherStep: "Send invoice", otherLane: "Finance", artifact: "", channel: "", agreements: [] },
    ]);
  });

  it("lists the handovers coming in, and leaves out flows within the lane", () => {
    const facts = walkStepFacts(board, "check");
    expect(facts?.incoming).toEqual([
      {
        flowId: "f-back",
        otherStep: "Chase payment",
        otherLane: "Finance",
        artifact: "Overdue list",
        channel: "",
        agreements: [],
      },
    ]);
    expect(walkStepFacts(board, "take")?.outgoing).toEqual([]);
  });

  it("says nothing about a step that is no longer on the board", () => {
    expect(walkStepFacts(board, "gone")).toBeNull();
  });
});
