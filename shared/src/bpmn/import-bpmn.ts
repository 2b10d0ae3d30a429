import type { BoardFile } from "../interchange/board-file";
import { parseBoardFile } from "../interchange/parse-board-file";
import {
  clampLaneHeight,
  DEFAULT_LANE_HEIGHT,
  DEFAULT_LANE_KIND,
  DEFAULT_LANE_NAME,
  LANE_KINDS,
  type Lane,
} from "../schema/lane";
import { STEP_KINDS, type Step } from "../schema/step";
import { HANDOVER_CHANNELS, type Flow } from "../schema/flow";
import { STEP_MIN_X, STEP_SIZE } from "../layout/map-geometry";
import {
  attrNumber as number,
  attrOneOf as oneOf,
  elements,
  extensionOf,
  isElement,
  parseBpmnXml,
  shapeBounds,
  text,
  type Box,
  type ModdleElement,
} from "./bpmn-model";
import { classify, foldGateways, type GraphFlow, type GraphNode } from "./bpmn-flow-graph";
import { readBoardExtensions } from "./read-board-extensions";
import { bpmnOverCaps } from "./bpmn-caps";
import { laneAtHeight, leafLanes, uniqueLaneNames } from "./bpmn-lanes";
import { readNotes } from "./read-notes";

export type BpmnImportResult = { ok: true; board: BoardFile; unmapped: string[] } | { ok: false; error: string };

/** The leftmost x of any shape; a loop, since spreading 100,000 values into Math.min overflows the stack. */
function leftmost(shapes: Map<string, Box>): number {
  let x = Infinity;
  for (const box of shapes.values()) if (box.x < x) x = box.x;
  return Number.isFinite(x) ? x : 0;
}

function pickProcess(
  definitions: ModdleElement,
  unmapped: string[],
): { process: ModdleElement; pool?: ModdleElement } | undefined {
  const roots = elements(definitions.rootElements);
  const participants = roots
    .filter((root) => root.$type === "bpmn:Collaboration")
    .flatMap((c) => elements(c.participants));
  const processes = roots.filter((root) => root.$type === "bpmn:Process");
  const withContent = processes.filter((process) => elements(process.flowElements).length > 0);
  const chosen = withContent[0] ?? processes[0];
  if (!chosen) return undefined;
  for (const other of withContent.slice(1))
    unmapped.push(`pool "${other.name ?? other.id}": only the first pool is imported`);
  for (const collaboration of roots.filter((root) => root.$type === "bpmn:Collaboration")) {
    const messages = elements(collaboration.messageFlows).length;
    if (messages > 0) unmapped.push(`${messages} message flow(s) between pools`);
  }
  const pool = participants.find((participant) => participant.processRef === chosen);
  return pool ? { process: chosen, pool } : { process: chosen };
}

/**
 * Reads a BPMN 2.0 file (as bpmn.io, Camunda Modeler or Brownpaper save them) into a board
 * file: lanes, steps, flows and notes with their layout; merge and parallel gateways fold into
 * flows. What has no place on a Brownpaper map is listed in `unmapped`, never dropped silently.
 */
export async function importBpmn(xml: string): Promise<BpmnImportResult> {
  const overCaps = bpmnOverCaps(xml);
  if (overCaps) return { ok: false, error: overCaps };
  const parsed = await parseBpmnXml(xml);
  if (!parsed.ok) return parsed;
  const unmapped: string[] = [];
  const picked = pickProcess(parsed.definitions, unmapped);
  if (!picked) return { ok: false, error: "This BPMN file has no process to import." };
  const { process, pool } = picked;
  const shapes = shapeBounds(parsed.definitions);

  const bpmnLanes = leafLanes(process.laneSets);
  const laneOfNode = new Map<string, string>();
  const uniqueName = uniqueLaneNames();
  const lanes: Lane[] = (bpmnLanes.length > 0 ? bpmnLanes : [undefined]).map((bpmnLane, order) => {
    const ext = bpmnLane && extensionOf(bpmnLane, "lane");
    const id = text(ext?.id) ?? bpmnLane?.id ?? "lane_1";
    const name = uniqueName(
      (bpmnLane?.name ?? "").trim() ||
        (bpmnLane ? `${DEFAULT_LANE_NAME} ${order + 1}` : (pool?.name ?? process.name ?? "Process")),
    );
    for (const node of elements(bpmnLane?.flowNodeRef)) if (node.id) laneOfNode.set(node.id, id);
    const box = bpmnLane?.id ? shapes.get(bpmnLane.id) : undefined;
    const height = clampLaneHeight(box?.height ?? number(ext?.height) ?? DEFAULT_LANE_HEIGHT);
    return { id, name, kind: oneOf(ext?.kind, LANE_KINDS) ?? DEFAULT_LANE_KIND, order, height };
  });
  const laneBox = new Map<string, Box>();
  bpmnLanes.forEach((bpmnLane, index) => {
    const box = bpmnLane.id ? shapes.get(bpmnLane.id) : undefined;
    if (box) laneBox.set(lanes[index]!.id, box);
  });
  const poolX = pool?.id ? shapes.get(pool.id)?.x : undefined;
  const originX = poolX ?? leftmost(shapes);
  const laneAt = laneAtHeight(laneBox);

  const flowElements = elements(process.flowElements);
  const outgoingCount = (element: ModdleElement) => elements(element.outgoing).length;
  const nodes = new Map<string, GraphNode>();
  for (const element of flowElements) {
    const result = classify(element, outgoingCount(element));
    if (result === null || element.id === undefined) continue;
    if (typeof result === "string") unmapped.push(result);
    else nodes.set(element.id, result);
  }
  for (const artifact of elements(process.artifacts)) {
    if (artifact.$type !== "bpmn:TextAnnotation" && artifact.$type !== "bpmn:Association")
      unmapped.push(`${artifact.$type.replace("bpmn:", "")} "${artifact.name ?? artifact.id}"`);
  }

  const rawFlows: GraphFlow[] = [];
  for (const flow of flowElements.filter((element) => element.$type === "bpmn:SequenceFlow")) {
    const from = isElement(flow.sourceRef) ? flow.sourceRef.id : undefined;
    const to = isElement(flow.targetRef) ? flow.targetRef.id : undefined;
    if (!from || !to || !nodes.has(from) || !nodes.has(to) || !flow.id) {
      unmapped.push(`sequence flow "${flow.name ?? flow.id}" to or from an element that is not imported`);
      continue;
    }
    const ext = extensionOf(flow, "flow");
    rawFlows.push({
      id: text(ext?.id) ?? flow.id,
      sources: [flow.id],
      from,
      to,
      label: text(ext?.label) ?? flow.name ?? "",
      ext,
    });
  }
  const folded = foldGateways(nodes, rawFlows);
  for (const reason of folded.dropped) unmapped.push(reason);

  const stepId = new Map<string, string>();
  const steps: Step[] = [];
  let fallbackX = 0;
  for (const [bpmnId, node] of nodes) {
    if (node.collapse) continue;
    const ext = extensionOf(node.element, "step");
    const id = text(ext?.id) ?? bpmnId;
    stepId.set(bpmnId, id);
    const box = shapes.get(bpmnId);
    const laneId = laneOfNode.get(bpmnId) ?? (box && laneAt(box.y + box.height / 2)) ?? lanes[0]!.id;
    const lane = laneBox.get(laneId);
    const kind = oneOf(ext?.kind, STEP_KINDS) ?? node.kind;
    const size = STEP_SIZE[kind];
    // Shapes keep their centre; the map's left edge lands just right of the lane headers.
    const x =
      number(ext?.x) ??
      (box
        ? Math.round(box.x + box.width / 2 - size.width / 2 - originX + STEP_MIN_X)
        : (fallbackX += 220) + STEP_MIN_X);
    const yFromShape = box && lane ? Math.round(box.y + box.height / 2 - lane.y - size.height / 2) : undefined;
    const step: Step = {
      id,
      laneId,
      label: (node.element.name ?? "").trim(),
      kind,
      x,
      y: Math.max(0, number(ext?.y) ?? yFromShape ?? 50),
    };
    for (const key of ["processTime", "leadTime", "pctCompleteAccurate"] as const) {
      const value = number(ext?.[key]);
      if (value !== undefined) step[key] = value;
    }
    if (
      node.kind === "wait" &&
      !elements(node.element.eventDefinitions).some((d) => d.$type === "bpmn:TimerEventDefinition") &&
      !ext
    ) {
      unmapped.push(
        `${node.element.$type.replace("bpmn:", "")} "${node.element.name ?? bpmnId}" imported as a wait step`,
      );
    }
    steps.push(step);
  }

  const flowOfBpmn = new Map<string, string>();
  const flows: Flow[] = folded.flows.map((graphFlow) => {
    for (const source of graphFlow.sources) flowOfBpmn.set(source, graphFlow.id);
    const flow: Flow = {
      id: graphFlow.id,
      from: stepId.get(graphFlow.from)!,
      to: stepId.get(graphFlow.to)!,
      label: graphFlow.label,
    };
    const artifact = text(graphFlow.ext?.artifact);
    const channel = oneOf(graphFlow.ext?.channel, HANDOVER_CHANNELS);
    if (artifact !== undefined || channel !== undefined)
      flow.handover = { artifact: artifact ?? "", ...(channel ? { channel } : {}) };
    return flow;
  });

  const notes = readNotes(process, stepId, flowOfBpmn, new Set(lanes.map((lane) => lane.id)));
  const extras = readBoardExtensions(process, { lanes, steps, flows }, unmapped);
  const board = {
    format: "brownpaper/board",
    version: 1,
    title: (pool?.name ?? process.name ?? "").trim() || "Imported process",
    ...extras.meta,
    lanes,
    steps,
    flows,
    roles: extras.roles,
    raci: extras.raci,
    notes,
    agreements: extras.agreements,
  };
  const checked = parseBoardFile(board);
  if (!checked.ok) return { ok: false, error: `The BPMN file could not be turned into a board: ${checked.error}` };
  return { ok: true, board: checked.board, unmapped };
}
