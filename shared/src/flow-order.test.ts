import { describe, expect, it } from "vitest";
import { flowOrder } from "./flow-order";
import type { Step, StepKind } from "./schema/step";
import type { Flow } from "./schema/flow";

function map(spec: string, kinds: Record<string, StepKind> = {}) {
  const ids = new Set<string>();
  const flows: Flow[] = spec
    .split(",")
    .map((edge) => edge.trim())
    .filter(Boolean)
    .map((edge, n) => {
      const [from, to] = edge.split(">") as [string, string];
      ids.add(from);
      ids.add(to);
      return { id: `f${n}`, from, to, label: "" };
    });
  for (const id of Object.keys(kinds)) ids.add(id);
  const steps: Step[] = [...ids]
    .sort()
    .map((id, x) => ({ id, laneId: "l", label: id, kind: kinds[id] ?? "task", x: x * 100, y: 0 }));
  return { steps, flows };
}

describe("flow order", () => {
  it("follows a straight process from its start", () => {
    expect(flowOrder(map("c>d, a>b, b>c", { a: "start" }))).toEqual(["a", "b", "c", "d"]);
  });

  it("walks each branch after a decision to its end before the next, and a join after all its branches", () => {
    // a → d(decision) → x1 → x2 → z ; d → y1 → z
    const board = map("a>d, d>x1, x1>x2, x2>z, d>y1, y1>z", { a: "start", d: "decision" });
    expect(flowOrder(board)).toEqual(["a", "d", "x1", "x2", "y1", "z"]);
  });

  it("visits a loop once, ignoring the way back", () => {
    // a → b → c → b (rework loop) ; c → d
    expect(flowOrder(map("a>b, b>c, c>b, c>d", { a: "start" }))).toEqual(["a", "b", "c", "d"]);
  });

  it("walks several starts one after the other, in board order", () => {
    const board = map("s1>a, a>m, s2>b, b>m, m>e", { s1: "start", s2: "start", e: "end" });
    expect(flowOrder(board)).toEqual(["s1", "a", "s2", "b", "m", "e"]);
  });

  it("lists steps no start reaches afterwards, and unconnected steps too", () => {
    const board = map("a>b, x>y", { a: "start", lonely: "task" });
    expect(flowOrder(board)).toEqual(["a", "b", "lonely", "x", "y"]);
  });

  it("still lists every step of a cycle that nothing leads into", () => {
    expect(flowOrder(map("p>q, q>r, r>p"))).toEqual(["p", "q", "r"]);
  });

  it("handles a 3,000-step chain without recursion limits", () => {
    const spec = Array.from(
      { length: 2999 },
      (_, i) => `s${String(i).padStart(4, "0")}>s${String(i + 1).padStart(4, "0")}`,
    ).join(",");
    const order = flowOrder(map(spec, { s0000: "start" }));
    expect(order).toHaveLength(3000);
    expect(order[2999]).toBe("s2999");
  });
});
