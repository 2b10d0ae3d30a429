import type { BoardFile } from "../interchange/board-file";

/** A small but complete board touching every part of the interchange format. */
export function sampleBoardFile(): BoardFile {
  return {
    format: "brownpaper/board",
    version: 1,
    title: "Hire to first day",
    scope: { trigger: "Hiring manager gets approval", outcome: "New hire productive on day one" },
    state: "as-is",
    dotsPerParticipant: 3,
    lanes: [
      { id: "l-hm", name: "Hiring manager", kind: "core", order: 0, height: 160 },
      { id: "l-hr", name: "HR", kind: "support", order: 1, height: 200 },
      { id: "l-it", name: "IT", kind: "support", order: 2, height: 160 },
    ],
    steps: [
      { id: "s1", laneId: "l-hm", label: "Request hire", kind: "start", x: 0, y: 50 },
      {
        id: "s2",
        laneId: "l-hm",
        label: "Approve offer",
        kind: "decision",
        x: 400,
        y: 50,
        processTime: 30,
        leadTime: 120,
      },
      {
        id: "s3",
        laneId: "l-hr",
        label: "Prepare contract",
        kind: "task",
        x: 200,
        y: 60,
        processTime: 60,
        leadTime: 2880,
        pctCompleteAccurate: 80,
      },
      { id: "s4", laneId: "l-it", label: "Order laptop", kind: "wait", x: 600, y: 50, leadTime: 7200 },
      { id: "s5", laneId: "l-it", label: "Hand over laptop", kind: "end", x: 800, y: 50 },
    ],
    flows: [
      { id: "f1", from: "s1", to: "s3", label: "", handover: { artifact: "Hiring request", channel: "ticket" } },
      { id: "f2", from: "s3", to: "s2", label: "Draft contract" },
      { id: "f3", from: "s2", to: "s4", label: "yes" },
      { id: "f4", from: "s4", to: "s5", label: "" },
    ],
    roles: [
      { id: "r-hm", name: "Hiring manager", laneId: "l-hm" },
      { id: "r-hrp", name: "HR partner", laneId: "l-hr" },
    ],
    raci: [
      { stepId: "s3", roleId: "r-hm", code: "A" },
      { stepId: "s3", roleId: "r-hrp", code: "R" },
    ],
    notes: [
      {
        id: "n1",
        kind: "pain",
        text: "Laptops take two weeks",
        target: { type: "step", id: "s4" },
        author: "Sam",
        category: "waiting",
        votes: { Kim: 1, Sam: 2 },
      },
      {
        id: "n2",
        kind: "question",
        text: "Who owns the start date?",
        target: { type: "flow", id: "f1" },
        author: "Kim",
      },
      { id: "n3", kind: "idea", text: "Pre-order standard kit", target: { type: "lane", id: "l-it" }, author: "Ola" },
      {
        id: "n4",
        kind: "comment",
        text: "Scope agreed with sponsor",
        target: { type: "board", id: "board" },
        author: "Fac",
      },
    ],
    agreements: [
      {
        id: "a1",
        providerLaneId: "l-hm",
        customerLaneId: "l-hr",
        flowIds: ["f1"],
        status: "draft",
        expectation: "Complete request with start date",
        customerObligations: "Acknowledge within a day",
        reviewBy: "2027-03-31",
        reviewIntervalDays: 90,
        reviews: [],
        measures: [
          { id: "m1", name: "Request complete", dimension: "accuracy", target: "95% complete", weight: 60, score: 70 },
          { id: "m2", name: "Courteous follow-up", dimension: "courtesy", target: "always", weight: 40 },
        ],
      },
    ],
  };
}
