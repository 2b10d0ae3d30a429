import type { Board } from "@brownpaper/shared";

/** Two lanes (160 and 200 high), a step in each and a flow between them: a map small enough to work out by hand. */
export const TWO_LANE_BOARD: Pick<Board, "lanes" | "steps" | "flows"> = {
  lanes: [
    { id: "a", name: "A", kind: "core", order: 0, height: 160, orderKey: "a0" },
    { id: "b", name: "B", kind: "support", order: 1, height: 200, orderKey: "a1" },
  ],
  steps: [
    { id: "s1", laneId: "a", label: "One", kind: "task", x: 200, y: 40 },
    { id: "s2", laneId: "b", label: "Two", kind: "task", x: 600, y: 40 },
  ],
  flows: [{ id: "f", from: "s1", to: "s2", label: "" }],
};
