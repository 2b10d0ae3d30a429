import type { Board } from "../doc/read-board";
import { compareIds } from "./board-index";
import { minutes } from "./step-measures";

/** A path through the map: steps in order and the flows between them (one fewer). */
export interface StepPath {
  stepIds: string[];
  flowIds: string[];
}

interface Edge {
  to: number;
  flowId: string;
}

/**
 * Finds the main path: the path from a start step to an end step with the largest total lead
 * time.
 * - Starts are the steps of kind `start`; when there are none, the steps with no incoming flow.
 *   Ends are the steps of kind `end`; when there are none, the steps with no outgoing flow. The
 *   fallbacks skip steps with no flow at all: a lone sticky is not a process.
 * - A path stops at the first end it reaches.
 * - Loops are walked once: a depth-first walk from the starts (in step order, following flows
 *   to steps in step order) drops every back edge, a flow to a step already on the walk's
 *   current path. What remains is acyclic.
 * - A step without a lead time counts 0 toward choosing; negative times count 0 as well.
 * - Ties go to the earlier step in `board.steps`, first among starts, then at every fork.
 * The search is linear in steps and flows (a memoised walk over the acyclic graph), so a board
 * of thousands of steps with many branches is fine. Empty when no start reaches an end.
 */
export function findMainPath(board: Pick<Board, "steps" | "flows">): StepPath {
  const { steps } = board;
  const indexOf = new Map(steps.map((step, index) => [step.id, index]));
  const edges: Edge[][] = steps.map(() => []);
  const incoming = new Uint32Array(steps.length);
  for (const flow of board.flows) {
    const from = indexOf.get(flow.from);
    const to = indexOf.get(flow.to);
    if (from === undefined || to === undefined) continue;
    edges[from]!.push({ to, flowId: flow.id });
    incoming[to]! += 1;
  }
  for (const list of edges) list.sort((a, b) => a.to - b.to || compareIds(a.flowId, b.flowId));

  const hasStartKind = steps.some((step) => step.kind === "start");
  const hasEndKind = steps.some((step) => step.kind === "end");
  const isStart = steps.map((step, i) =>
    hasStartKind ? step.kind === "start" : incoming[i] === 0 && edges[i]!.length > 0,
  );
  const isEnd = steps.map((step, i) => (hasEndKind ? step.kind === "end" : edges[i]!.length === 0 && incoming[i]! > 0));

  const acyclic = acyclicWalk(edges, isStart, isEnd);

  // Best lead time from each step to an end; -Infinity when no end is reachable.
  const best = new Float64Array(steps.length).fill(-Infinity);
  const next: (Edge | undefined)[] = new Array(steps.length);
  for (const node of acyclic.postOrder) {
    const own = minutes(steps[node]!.leadTime);
    if (isEnd[node]) {
      best[node] = own;
      continue;
    }
    for (const edge of acyclic.edges[node]!) {
      // Strictly greater, so the first edge in step order keeps a tie.
      if (best[edge.to]! + own > best[node]!) {
        best[node] = best[edge.to]! + own;
        next[node] = edge;
      }
    }
  }

  let first = -1;
  for (let i = 0; i < steps.length; i++) {
    if (isStart[i] && best[i]! > -Infinity && (first === -1 || best[i]! > best[first]!)) first = i;
  }
  const path: StepPath = { stepIds: [], flowIds: [] };
  for (let node = first; node !== -1;) {
    path.stepIds.push(steps[node]!.id);
    const edge = next[node];
    if (edge === undefined) break;
    path.flowIds.push(edge.flowId);
    node = edge.to;
  }
  return path;
}

/**
 * An iterative depth-first walk from the starts that keeps every edge but the back edges and
 * lists the reached steps in post-order (every kept edge leads to a step listed earlier).
 * Iterative because a long chain would overflow the call stack.
 */
function acyclicWalk(
  edges: readonly Edge[][],
  isStart: readonly boolean[],
  isEnd: readonly boolean[],
): { edges: Edge[][]; postOrder: number[] } {
  const UNSEEN = 0;
  const ON_PATH = 1;
  const DONE = 2;
  const state = new Uint8Array(edges.length);
  const kept: Edge[][] = edges.map(() => []);
  const postOrder: number[] = [];
  for (let start = 0; start < edges.length; start++) {
    if (!isStart[start] || state[start] !== UNSEEN) continue;
    const stack: { node: number; next: number }[] = [{ node: start, next: 0 }];
    state[start] = ON_PATH;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const out = isEnd[frame.node] ? [] : edges[frame.node]!;
      const edge = out[frame.next];
      if (edge === undefined) {
        state[frame.node] = DONE;
        postOrder.push(frame.node);
        stack.pop();
        continue;
      }
      frame.next += 1;
      if (state[edge.to] === ON_PATH) continue;
      kept[frame.node]!.push(edge);
      if (state[edge.to] === UNSEEN) {
        state[edge.to] = ON_PATH;
        stack.push({ node: edge.to, next: 0 });
      }
    }
  }
  return { edges: kept, postOrder };
}
