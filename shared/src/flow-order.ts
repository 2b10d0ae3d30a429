import type { Board } from "./doc/read-board";

type FlowGraph = Pick<Board, "steps" | "flows">;

/**
 * The order in which a process walk visits steps, and in which the outline, the RACI matrix and
 * CSV exports list them: from the start steps (in board order), each branch after a decision
 * walked to its end before the next one, a step where branches join only once every branch
 * leading to it has been walked, and a loop's way back ignored so every step comes up once.
 * Steps no start reaches follow, in the same manner, in board order.
 */
export function flowOrder(board: FlowGraph): string[] {
  const index = new Map(board.steps.map((step, position) => [step.id, position]));
  const successors = new Map<string, string[]>();
  for (const flow of board.flows) {
    if (!index.has(flow.from) || !index.has(flow.to)) continue;
    successors.set(flow.from, [...(successors.get(flow.from) ?? []), flow.to]);
  }
  for (const list of successors.values()) list.sort((a, b) => index.get(a)! - index.get(b)!);

  const starts = board.steps.filter((step) => step.kind === "start").map((step) => step.id);
  const isStart = new Set(starts);
  const roots = [...starts, ...board.steps.map((step) => step.id)];
  const forward = forwardEdges(roots, successors);

  const pending = new Map<string, number>();
  for (const targets of forward.values()) for (const to of targets) pending.set(to, (pending.get(to) ?? 0) + 1);

  const order: string[] = [];
  const visited = new Set<string>();
  for (const root of roots) {
    if (visited.has(root) || ((pending.get(root) ?? 0) > 0 && !isStart.has(root))) continue;
    const stack = [root];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (visited.has(id)) continue;
      visited.add(id);
      order.push(id);
      const ready: string[] = [];
      for (const next of forward.get(id) ?? []) {
        const left = (pending.get(next) ?? 0) - 1;
        pending.set(next, left);
        if (left <= 0 && !visited.has(next)) ready.push(next);
      }
      for (let i = ready.length - 1; i >= 0; i--) stack.push(ready[i]!);
    }
  }
  // A cycle no root leads into (every step has a forward predecessor) still gets listed.
  for (const step of board.steps) if (!visited.has(step.id)) order.push(step.id);
  return order;
}

/** The flows that do not close a loop, found by depth-first search from each root in turn. */
function forwardEdges(roots: readonly string[], successors: Map<string, string[]>): Map<string, string[]> {
  const forward = new Map<string, string[]>();
  const state = new Map<string, "open" | "done">();
  for (const root of roots) {
    if (state.has(root)) continue;
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, "open");
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const targets = successors.get(frame.id) ?? [];
      if (frame.next >= targets.length) {
        state.set(frame.id, "done");
        stack.pop();
        continue;
      }
      const to = targets[frame.next++]!;
      if (state.get(to) === "open") continue; // back edge: the way round a loop
      forward.set(frame.id, [...(forward.get(frame.id) ?? []), to]);
      if (!state.has(to)) {
        state.set(to, "open");
        stack.push({ id: to, next: 0 });
      }
    }
  }
  return forward;
}
