import type { Board } from "../doc/read-board";
import type { Step, StepKind } from "../schema/step";
import type { Flow } from "../schema/flow";

export type BpmnNodeType =
  "startEvent" | "endEvent" | "task" | "exclusiveGateway" | "parallelGateway" | "intermediateCatchEvent";

const NODE_TYPE: Record<StepKind, BpmnNodeType> = {
  start: "startEvent",
  end: "endEvent",
  task: "task",
  decision: "exclusiveGateway",
  wait: "intermediateCatchEvent",
};

export interface BpmnNode {
  id: string;
  type: BpmnNodeType;
  laneId: string;
  /** The step this node is, or the step a generated gateway stands beside. */
  step: Step;
  role: "step" | "merge" | "split";
  incoming: string[];
  outgoing: string[];
}

export interface BpmnSequenceFlow {
  id: string;
  sourceRef: string;
  targetRef: string;
  /** Only on flows leaving a forking exclusive gateway (BPMN's own convention). */
  name?: string;
  /** The Brownpaper flow this sequence flow carries, absent for generated connector flows. */
  flow?: Flow;
}

export interface BpmnGraph {
  nodes: BpmnNode[];
  flows: BpmnSequenceFlow[];
  nodeOfStep: Map<string, string>;
  idOf: (prefix: string, id: string) => string;
}

/** XML ids must be NCNames; Brownpaper ids may be anything. Collisions get a numeric suffix. */
function idFactory(): (prefix: string, id: string) => string {
  const issued = new Map<string, string>();
  const used = new Set<string>();
  return (prefix, id) => {
    const key = `${prefix}\u0000${id}`;
    const known = issued.get(key);
    if (known) return known;
    const base = `${prefix}_${id.replace(/[^A-Za-z0-9_.-]/g, "_")}`;
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = `${base}_${n}`;
    used.add(candidate);
    issued.set(key, candidate);
    return candidate;
  };
}

/**
 * Turns the map into BPMN's flow graph: a step with several incoming flows gets a merge
 * gateway in front, and a non-decision step with several outgoing flows a parallel split after
 * it, so the result passes bpmnlint's recommended rules (no implicit joins or splits, no
 * gateway that both joins and forks).
 */
export function buildBpmnGraph(board: Board): BpmnGraph {
  const idOf = idFactory();
  const nodes: BpmnNode[] = [];
  const flows: BpmnSequenceFlow[] = [];
  const nodeById = new Map<string, BpmnNode>();
  const nodeOfStep = new Map<string, string>();
  const incoming = new Map<string, Flow[]>();
  const outgoing = new Map<string, Flow[]>();
  for (const flow of board.flows) {
    incoming.set(flow.to, [...(incoming.get(flow.to) ?? []), flow]);
    outgoing.set(flow.from, [...(outgoing.get(flow.from) ?? []), flow]);
  }
  const addNode = (node: BpmnNode) => {
    nodes.push(node);
    nodeById.set(node.id, node);
  };
  const addFlow = (flow: BpmnSequenceFlow) => {
    flows.push(flow);
    nodeById.get(flow.sourceRef)!.outgoing.push(flow.id);
    nodeById.get(flow.targetRef)!.incoming.push(flow.id);
  };

  const entry = new Map<string, string>();
  const exit = new Map<string, string>();
  for (const step of board.steps) {
    const id = idOf(step.kind === "decision" ? "Gateway" : step.kind === "task" ? "Activity" : "Event", step.id);
    addNode({ id, type: NODE_TYPE[step.kind], laneId: step.laneId, step, role: "step", incoming: [], outgoing: [] });
    nodeOfStep.set(step.id, id);
    entry.set(step.id, id);
    exit.set(step.id, id);
    if ((incoming.get(step.id)?.length ?? 0) > 1) {
      const merge = idOf("Merge", step.id);
      addNode({
        id: merge,
        type: "exclusiveGateway",
        laneId: step.laneId,
        step,
        role: "merge",
        incoming: [],
        outgoing: [],
      });
      entry.set(step.id, merge);
    }
    if (step.kind !== "decision" && (outgoing.get(step.id)?.length ?? 0) > 1) {
      const split = idOf("Split", step.id);
      addNode({
        id: split,
        type: "parallelGateway",
        laneId: step.laneId,
        step,
        role: "split",
        incoming: [],
        outgoing: [],
      });
      exit.set(step.id, split);
    }
  }
  for (const step of board.steps) {
    const stepNode = nodeOfStep.get(step.id)!;
    if (entry.get(step.id) !== stepNode)
      addFlow({ id: idOf("Join", step.id), sourceRef: entry.get(step.id)!, targetRef: stepNode });
    if (exit.get(step.id) !== stepNode)
      addFlow({ id: idOf("Fork", step.id), sourceRef: stepNode, targetRef: exit.get(step.id)! });
  }
  for (const flow of board.flows) {
    const source = nodeById.get(exit.get(flow.from)!)!;
    const forkingDecision = source.type === "exclusiveGateway" && (outgoing.get(flow.from)?.length ?? 0) > 1;
    const name = forkingDecision && flow.label.trim() !== "" ? flow.label : undefined;
    addFlow({
      id: idOf("Flow", flow.id),
      sourceRef: source.id,
      targetRef: entry.get(flow.to)!,
      flow,
      ...(name ? { name } : {}),
    });
  }
  return { nodes, flows, nodeOfStep, idOf };
}
