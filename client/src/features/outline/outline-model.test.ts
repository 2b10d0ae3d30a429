import { describe, expect, it } from "vitest";
import type { Board } from "@brownpaper/shared";
import { buildOutline } from "./outline-model";

// Customer orders; Sales checks and either asks Finance to approve credit or sends it straight to the Warehouse.
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
    { id: "customer", name: "Customer", kind: "customer", order: 0, height: 150, orderKey: "a0" },
    { id: "sales", name: "Sales", kind: "core", order: 1, height: 150, orderKey: "a1" },
    { id: "finance", name: "Finance", kind: "support", order: 2, height: 150, orderKey: "a2" },
    { id: "warehouse", name: "Warehouse", kind: "core", order: 3, height: 150, orderKey: "a3" },
    { id: "carrier", name: "Carrier", kind: "external", order: 4, height: 150, orderKey: "a4" },
  ],
  steps: [
    { id: "pick", laneId: "warehouse", label: "Pick and pack", kind: "task", x: 800, y: 40 },
    { id: "credit", laneId: "sales", label: "Credit OK?", kind: "decision", x: 500, y: 40 },
    { id: "approve", laneId: "finance", label: "Approve credit", kind: "task", x: 600, y: 40 },
    { id: "check", laneId: "sales", label: "Check order", kind: "task", x: 300, y: 40 },
    { id: "order", laneId: "customer", label: "Place order", kind: "start", x: 100, y: 40 },
    { id: "draft", laneId: "sales", label: "", kind: "task", x: 900, y: 40 },
  ],
  flows: [
    { id: "f1", from: "order", to: "check", label: "", handover: { artifact: "order form", channel: "email" } },
    { id: "f2", from: "check", to: "credit", label: "" },
    { id: "f3", from: "credit", to: "approve", label: "no", handover: { artifact: "", channel: "ticket" } },
    { id: "f4", from: "credit", to: "pick", label: "yes" },
    { id: "f5", from: "approve", to: "pick", label: "" },
  ],
  roles: [],
  raci: [],
  notes: [],
  agreements: [],
};

describe("the board outline", () => {
  it("lists the lanes in board order with their kind and how many steps they hold", () => {
    expect(buildOutline(board).lanes).toEqual([
      { id: "customer", name: "Customer", kind: "customer", steps: 1 },
      { id: "sales", name: "Sales", kind: "core", steps: 3 },
      { id: "finance", name: "Finance", kind: "support", steps: 1 },
      { id: "warehouse", name: "Warehouse", kind: "core", steps: 1 },
      { id: "carrier", name: "Carrier", kind: "external", steps: 0 },
    ]);
  });

  it("lists the steps in walk order from the start step, with steps no flow reaches at the end", () => {
    expect(buildOutline(board).steps.map((step) => step.label)).toEqual([
      "Place order",
      "Check order",
      "Credit OK?",
      "Approve credit",
      "Pick and pack",
      "",
    ]);
  });

  it("names each step's lane and kind", () => {
    const credit = buildOutline(board).steps.find((step) => step.id === "credit");
    expect(credit).toMatchObject({ label: "Credit OK?", kind: "decision", laneId: "sales", laneName: "Sales" });
  });

  it("gives each step the handovers leaving it, with what changes hands and how", () => {
    const steps = buildOutline(board).steps;
    expect(steps.find((step) => step.id === "order")?.outgoing.map((handover) => handover.text)).toEqual([
      "to Sales: Check order (order form by email)",
    ]);
    expect(steps.find((step) => step.id === "credit")?.outgoing.map((handover) => handover.text)).toEqual([
      "to Finance: Approve credit (by ticket)",
      "to Warehouse: Pick and pack",
    ]);
  });

  it("gives each step the handovers coming into it, naming the provider lane", () => {
    const pick = buildOutline(board).steps.find((step) => step.id === "pick");
    expect(pick?.incoming).toEqual([
      { flowId: "f4", otherLane: "Sales", otherStep: "Credit OK?", text: "from Sales: Credit OK?" },
      { flowId: "f5", otherLane: "Finance", otherStep: "Approve credit", text: "from Finance: Approve credit" },
    ]);
    expect(pick?.outgoing).toEqual([]);
  });

  it("leaves flows within one lane out of the handovers", () => {
    const check = buildOutline(board).steps.find((step) => step.id === "check");
    expect(check?.incoming.map((handover) => handover.flowId)).toEqual(["f1"]);
    expect(check?.outgoing).toEqual([]);
  });

  it("calls a step without a label an untitled step in the handovers that name it", () => {
    const withUntitled: Board = {
      ...board,
      flows: [...board.flows, { id: "f6", from: "pick", to: "draft", label: "" }],
    };
    const pick = buildOutline(withUntitled).steps.find((step) => step.id === "pick");
    expect(pick?.outgoing.map((handover) => handover.text)).toEqual(["to Sales: untitled step"]);
  });
});
