import type { StepKind } from "../schema/step";
import { extensionOf, text, type ModdleElement } from "./bpmn-model";

export interface GraphNode {
  element: ModdleElement;
  kind: StepKind;
  /** Gateways that only merge, parallel gateways and our own generated ones fold into flows. */
  collapse: boolean;
}

export interface GraphFlow {
  /** The Brownpaper id this flow will get. */
  id: string;
  /** Ids of the BPMN sequence flows folded into this one (for annotations that point at them). */
  sources: string[];
  from: string;
  to: string;
  label: string;
  ext: ModdleElement | undefined;
}

const TASK_TYPES = /^bpmn:(\w*Task|CallActivity|SubProcess|Transaction|AdHocSubProcess)$/;
const DECISION_GATEWAYS = new Set([
  "bpmn:ExclusiveGateway",
  "bpmn:InclusiveGateway",
  "bpmn:ComplexGateway",
  "bpmn:EventBasedGateway",
]);

/** How a flow element becomes a step, or why it cannot; `null` for sequence flows. */
export function classify(element: ModdleElement, outgoing: number): GraphNode | string | null {
  const type = element.$type;
  // A data object is only the store behind its drawn references, which are listed themselves.
  if (type === "bpmn:SequenceFlow" || type === "bpmn:DataObject") return null;
  if (TASK_TYPES.test(type)) return { element, kind: "task", collapse: false };
  if (type === "bpmn:StartEvent") return { element, kind: "start", collapse: false };
  if (type === "bpmn:EndEvent") return { element, kind: "end", collapse: false };
  if (type === "bpmn:IntermediateCatchEvent" || type === "bpmn:IntermediateThrowEvent") {
    return { element, kind: "wait", collapse: false };
  }
  if (type === "bpmn:ParallelGateway") return { element, kind: "decision", collapse: true };
  if (DECISION_GATEWAYS.has(type)) {
    // A merge is a gateway with at most one exit and no question of its own to ask.
    const generated = extensionOf(element, "generated") !== undefined;
    const isStep = extensionOf(element, "step") !== undefined;
    const unnamed = (element.name ?? "").trim() === "";
    return { element, kind: "decision", collapse: generated || (!isStep && unnamed && outgoing <= 1) };
  }
  return `${type.replace("bpmn:", "")} "${element.name ?? element.id ?? "?"}"`;
}

/**
 * Folds collapsible nodes (merges, parallel gateways) into direct flows between the steps on
 * either side, keeping the label and our extension data of whichever side carried them.
 */
export function foldGateways(
  nodes: Map<string, GraphNode>,
  flows: GraphFlow[],
): { flows: GraphFlow[]; dropped: string[] } {
  // The flows still standing, in order (folded ones are appended), and each node's flows in and
  // out, so folding a gateway touches its own flows only: linear in the flows, not their square.
  const live = new Set(flows);
  const into = new Map<string, Set<GraphFlow>>();
  const outOf = new Map<string, Set<GraphFlow>>();
  const index = (map: Map<string, Set<GraphFlow>>, id: string) => {
    let set = map.get(id);
    if (!set) map.set(id, (set = new Set()));
    return set;
  };
  const add = (flow: GraphFlow) => {
    live.add(flow);
    index(into, flow.to).add(flow);
    index(outOf, flow.from).add(flow);
  };
  const remove = (flow: GraphFlow) => {
    live.delete(flow);
    into.get(flow.to)?.delete(flow);
    outOf.get(flow.from)?.delete(flow);
  };
  for (const flow of flows) add(flow);
  const dropped: string[] = [];
  for (const [id, node] of nodes) {
    if (!node.collapse) continue;
    const ins = [...(into.get(id) ?? [])];
    const outs = [...(outOf.get(id) ?? [])];
    for (const flow of ins) remove(flow);
    for (const flow of outs) remove(flow);
    for (const incoming of ins) {
      for (const outgoing of outs) {
        if (incoming.from === outgoing.to) {
          dropped.push(`a loop through gateway "${node.element.name ?? id}"`);
          continue;
        }
        const ext = outgoing.ext ?? incoming.ext;
        add({
          id:
            text(ext?.id) ??
            (outs.length === 1 ? incoming.id : ins.length === 1 ? outgoing.id : `${incoming.id}_${outgoing.id}`),
          sources: incoming.sources.concat(outgoing.sources),
          from: incoming.from,
          to: outgoing.to,
          label: outgoing.label || incoming.label,
          ext,
        });
      }
    }
  }
  const seen = new Set<string>();
  const unique = [...live].filter((flow) => {
    const key = `${flow.from}\u0000${flow.to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { flows: unique, dropped };
}
