import { describe, expect, it } from "vitest";
import { findMainPath } from "./main-path-search";
import { mainPath } from "./main-path";
import { chainWithBranches } from "./fixtures/generated-board";
import type { Board } from "../doc/read-board";
import type { Flow } from "../schema/flow";
import type { Step } from "../schema/step";

function board(steps: Step[], flows: Flow[]): Pick<Board, "steps" | "flows"> {
  return { steps, flows };
}

const task = (id: string, leadTime?: number, kind: Step["kind"] = "task"): Step =>
  leadTime === undefined
    ? { id, laneId: "l", label: id, kind, x: 0, y: 0 }
    : { id, laneId: "l", label: id, kind, x: 0, y: 0, leadTime };
const flow = (from: string, to: string): Flow => ({ id: `${from}-${to}`, from, to, label: "" });

/** Every start-to-end path of an acyclic board, by brute force, and the largest lead time. */
function bruteForceBest(steps: Step[], flows: Flow[]): number | null {
  const out = new Map<string, string[]>();
  for (const each of flows) out.set(each.from, [...(out.get(each.from) ?? []), each.to]);
  const hasIn = new Set(flows.map((each) => each.to));
  const lead = new Map(steps.map((each) => [each.id, each.leadTime ?? 0]));
  let best: number | null = null;
  const walk = (id: string, total: number): void => {
    const next = out.get(id) ?? [];
    if (next.length === 0) {
      if (hasIn.has(id)) best = Math.max(best ?? -Infinity, total);
      return;
    }
    for (const to of next) walk(to, total + lead.get(to)!);
  };
  for (const each of steps) if (!hasIn.has(each.id) && out.has(each.id)) walk(each.id, lead.get(each.id)!);
  return best;
}

describe("main path search", () => {
  it("finds the whole chain of a 3,001-step board with 2^1000 paths and loops", () => {
    const generated = chainWithBranches(2001);
    expect(generated.steps.length).toBe(3001);
    const path = mainPath(generated);
    // Every bypass trades a 2-minute chain step for a 1-minute side step, so the chain wins:
    // 2001 steps, 2001 × 2 = 4002 minutes.
    expect(path.stepIds.length).toBe(2001);
    expect(path.stepIds[0]).toBe("m0");
    expect(path.stepIds.at(-1)).toBe("m2000");
    expect(path.leadTime).toBe(4002);
    expect(new Set(path.stepIds).size).toBe(2001);
  });

  it("agrees with brute force on random acyclic boards", () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let nonEmpty = 0;
    for (let round = 0; round < 300; round++) {
      const steps = Array.from({ length: 8 }, (_, i) =>
        task(`s${i}`, random() < 0.2 ? undefined : Math.floor(random() * 50)),
      );
      const flows: Flow[] = [];
      for (let i = 0; i < 8; i++)
        for (let j = i + 1; j < 8; j++) if (random() < 0.3) flows.push(flow(`s${i}`, `s${j}`));
      const expected = bruteForceBest(steps, flows);
      const found = findMainPath(board(steps, flows));
      if (expected === null) {
        expect(found.stepIds).toEqual([]);
        continue;
      }
      nonEmpty += 1;
      const lead = new Map(steps.map((each) => [each.id, each.leadTime ?? 0]));
      expect(found.stepIds.reduce((sum, id) => sum + lead.get(id)!, 0)).toBe(expected);
      // The path is made of real flows, listed between its steps.
      found.flowIds.forEach((id, i) => expect(id).toBe(`${found.stepIds[i]}-${found.stepIds[i + 1]}`));
    }
    expect(nonEmpty).toBeGreaterThan(200);
  });

  it("stops at the first end step even when flows leave it", () => {
    const steps = [task("a", 1, "start"), task("b", 1, "end"), task("c", 100), task("d", 1, "end")];
    expect(findMainPath(board(steps, [flow("a", "b"), flow("b", "c"), flow("c", "d")])).stepIds).toEqual(["a", "b"]);
  });

  it("survives a flow from a step to itself and a loop with no way out", () => {
    const steps = [task("a", 1, "start"), task("b", 5), task("c", 1, "end"), task("x", 9)];
    const flows = [flow("a", "b"), flow("b", "b"), flow("b", "x"), flow("x", "b"), flow("b", "c")];
    expect(findMainPath(board(steps, flows))).toEqual({ stepIds: ["a", "b", "c"], flowIds: ["a-b", "b-c"] });
  });

  it("leaves out a lone step when falling back to steps without flow in or out", () => {
    // "lone" has no flow and a huge lead time; without start/end kinds it would be a path by itself.
    const steps = [task("lone", 10_000), task("a", 1), task("b", 1)];
    expect(findMainPath(board(steps, [flow("a", "b")])).stepIds).toEqual(["a", "b"]);
  });
});
