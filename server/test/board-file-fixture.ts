/**
 * A purchase-to-pay board touching every part of the interchange format, written in the order
 * an export produces (lanes by order, steps by lane then x, the rest by id). Layout fields
 * (`height`, `y`) are left out on purpose: import fills in their defaults.
 */
export function purchaseToPayFile(): Record<string, unknown> {
  return {
    format: "brownpaper/board",
    version: 1,
    title: "Purchase to pay",
    scope: { trigger: "Someone needs to buy something", outcome: "Supplier paid on time" },
    state: "as-is",
    dotsPerParticipant: 5,
    lanes: [
      { id: "lane-req", name: "Requester", kind: "customer", order: 0 },
      { id: "lane-buy", name: "Purchasing", kind: "core", order: 1, height: 220 },
      { id: "lane-ap", name: "Accounts payable", kind: "support", order: 2 },
    ],
    steps: [
      { id: "st-need", laneId: "lane-req", label: "Raise request", kind: "start", x: 0 },
      {
        id: "st-order",
        laneId: "lane-buy",
        label: "Place order",
        kind: "task",
        x: 200,
        processTime: 20,
        leadTime: 600,
        pctCompleteAccurate: 70,
      },
      { id: "st-ok", laneId: "lane-buy", label: "Approve spend", kind: "decision", x: 400, y: 90 },
      { id: "st-pay", laneId: "lane-ap", label: "Pay invoice", kind: "end", x: 600, leadTime: 4320 },
    ],
    flows: [
      {
        id: "fl-1",
        from: "st-need",
        to: "st-order",
        label: "",
        handover: { artifact: "Purchase request", channel: "email" },
      },
      { id: "fl-2", from: "st-order", to: "st-ok", label: "order" },
      { id: "fl-3", from: "st-ok", to: "st-pay", label: "approved", handover: { artifact: "Invoice" } },
    ],
    roles: [
      { id: "ro-req", name: "Requester", laneId: "lane-req" },
      { id: "ro-buyer", name: "Buyer", laneId: "lane-buy" },
      { id: "ro-clerk", name: "AP clerk", laneId: "lane-ap" },
    ],
    raci: [
      { stepId: "st-order", roleId: "ro-req", code: "C" },
      { stepId: "st-order", roleId: "ro-buyer", code: "A" },
      { stepId: "st-pay", roleId: "ro-clerk", code: "R" },
    ],
    notes: [
      {
        id: "no-1",
        kind: "pain",
        text: "Invoices wait for a PO number",
        target: { type: "flow", id: "fl-3" },
        author: "Ana",
        category: "handover-error",
        votes: { Ana: 2, Ben: 3 },
      },
      {
        id: "no-2",
        kind: "idea",
        text: "Catalogue for standard items",
        target: { type: "lane", id: "lane-buy" },
        author: "Ben",
      },
    ],
    agreements: [
      {
        id: "ag-1",
        providerLaneId: "lane-buy",
        customerLaneId: "lane-ap",
        flowIds: ["fl-3"],
        status: "agreed",
        expectation: "Every approved order carries its PO number",
        customerObligations: "Flag missing numbers the same day",
        reviewBy: "2027-06-30",
        measures: [
          { id: "ag-1-po", name: "PO on invoice", dimension: "accuracy", target: "99%", weight: 70, score: 80 },
          {
            id: "ag-1-answers",
            name: "Answers questions",
            dimension: "responsiveness",
            target: "within a day",
            weight: 30,
          },
        ],
      },
    ],
  };
}
