import type { Board } from "../doc/read-board";
import type { Note } from "../schema/note";
import { escapeXml, xmlElement } from "../export/xml";
import { buildBpmnGraph, type BpmnGraph, type BpmnNode, type BpmnSequenceFlow } from "./bpmn-graph";
import { layoutBpmn, type Bounds, type BpmnLayout, type Point } from "./bpmn-layout";
import { BPMN_NAMESPACES } from "./bpmn-namespace";

const extensions = (children: string[]): string[] =>
  children.length === 0 ? [] : [xmlElement("bpmn:extensionElements", {}, children)];

function boardExtensions(board: Board): string[] {
  return [
    xmlElement("bp:board", {
      state: board.meta.state,
      trigger: board.meta.scope.trigger,
      outcome: board.meta.scope.outcome,
      dotsPerParticipant: board.meta.dotsPerParticipant,
    }),
    ...board.roles.map((role) => xmlElement("bp:role", { id: role.id, name: role.name, laneId: role.laneId })),
    ...board.agreements.map((agreement) =>
      xmlElement(
        "bp:agreement",
        {
          id: agreement.id,
          providerLaneId: agreement.providerLaneId,
          customerLaneId: agreement.customerLaneId,
          status: agreement.status,
          expectation: agreement.expectation,
          customerObligations: agreement.customerObligations,
          reviewBy: agreement.reviewBy,
        },
        [
          ...agreement.flowIds.map((flowId) => xmlElement("bp:covers", { flowId })),
          ...agreement.measures.map((measure) => xmlElement("bp:measure", { ...measure })),
        ],
      ),
    ),
  ];
}

function nodeElement(node: BpmnNode, board: Board): string {
  const step = node.step;
  const ext =
    node.role === "step"
      ? [
          xmlElement("bp:step", {
            id: step.id,
            kind: step.kind,
            x: step.x,
            y: step.y,
            processTime: step.processTime,
            leadTime: step.leadTime,
            pctCompleteAccurate: step.pctCompleteAccurate,
          }),
          ...board.raci
            .filter((entry) => entry.stepId === step.id)
            .map((entry) => xmlElement("bp:raci", { roleId: entry.roleId, code: entry.code })),
        ]
      : [xmlElement("bp:generated", { for: step.id, role: node.role })];
  const children = [
    ...extensions(ext),
    ...node.incoming.map((id) => `<bpmn:incoming>${id}</bpmn:incoming>`),
    ...node.outgoing.map((id) => `<bpmn:outgoing>${id}</bpmn:outgoing>`),
  ];
  if (node.type === "intermediateCatchEvent")
    children.push(xmlElement("bpmn:timerEventDefinition", { id: `${node.id}_timer` }));
  const name = node.role === "step" ? step.label : undefined;
  return xmlElement(`bpmn:${node.type}`, { id: node.id, name }, children);
}

function sequenceFlowElement(flow: BpmnSequenceFlow): string {
  const ext = flow.flow
    ? [
        xmlElement("bp:flow", {
          id: flow.flow.id,
          label: flow.flow.label,
          artifact: flow.flow.handover?.artifact,
          channel: flow.flow.handover?.channel,
        }),
      ]
    : [];
  return xmlElement(
    "bpmn:sequenceFlow",
    { id: flow.id, name: flow.name, sourceRef: flow.sourceRef, targetRef: flow.targetRef },
    extensions(ext),
  );
}

interface Annotation {
  id: string;
  note: Note;
  target?: string;
  bounds: Bounds;
}

function annotations(board: Board, graph: BpmnGraph, layout: BpmnLayout): Annotation[] {
  const perTarget = new Map<string, number>();
  return board.notes.map((note) => {
    const id = graph.idOf("Annotation", note.id);
    let target: string | undefined;
    let anchor: Bounds = { x: layout.pool.x + 40, y: layout.pool.y + layout.pool.height + 20, width: 0, height: 0 };
    if (note.target.type === "step") target = graph.nodeOfStep.get(note.target.id);
    else if (note.target.type === "flow") target = graph.idOf("Flow", note.target.id);
    if (target !== undefined && layout.nodes.has(target)) anchor = layout.nodes.get(target)!;
    else if (target !== undefined) {
      const points = layout.edges.get(target)!;
      const mid = points[Math.floor(points.length / 2)]!;
      anchor = { x: mid.x, y: mid.y, width: 0, height: 0 };
    } else if (note.target.type === "lane") {
      const lane = layout.lanes.get(note.target.id)!;
      anchor = { x: lane.x + 20, y: lane.y + lane.height - 10, width: 0, height: 0 };
    }
    const key = `${anchor.x},${anchor.y}`;
    const stack = perTarget.get(key) ?? 0;
    perTarget.set(key, stack + 1);
    const bounds = {
      x: Math.round(anchor.x + 20 + stack * 30),
      y: Math.round(anchor.y - 56 - stack * 10),
      width: 140,
      height: 40,
    };
    return { id, note, bounds, ...(target !== undefined ? { target } : {}) };
  });
}

const shape = (element: string, bounds: Bounds, extra: Record<string, string> = {}) =>
  xmlElement("bpmndi:BPMNShape", { id: `${element}_di`, bpmnElement: element, ...extra }, [
    xmlElement("dc:Bounds", { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height }),
  ]);

const edge = (element: string, points: Point[]) =>
  xmlElement(
    "bpmndi:BPMNEdge",
    { id: `${element}_di`, bpmnElement: element },
    points.map((point) => xmlElement("di:waypoint", { x: Math.round(point.x), y: Math.round(point.y) })),
  );

const noteText = (note: Note) => `${note.kind}${note.category ? ` (${note.category})` : ""}: ${note.text}`;

/**
 * The board as BPMN 2.0 XML: one pool, a lane set (before the flow elements), step kinds as
 * BPMN elements, notes as text annotations, RACI, measures and agreements in extension
 * elements, and BPMNDI so other tools draw the map as it is laid out here.
 */
export function exportBpmn(board: Board): string {
  const graph = buildBpmnGraph(board);
  const layout = layoutBpmn(board, graph);
  const laneIds = new Map(board.lanes.map((lane) => [lane.id, graph.idOf("Lane", lane.id)]));
  const notes = annotations(board, graph, layout);

  const laneSet = xmlElement(
    "bpmn:laneSet",
    { id: "LaneSet_1" },
    board.lanes.map((lane) =>
      xmlElement("bpmn:lane", { id: laneIds.get(lane.id)!, name: lane.name }, [
        ...extensions([xmlElement("bp:lane", { id: lane.id, kind: lane.kind, height: lane.height })]),
        ...graph.nodes
          .filter((node) => node.laneId === lane.id)
          .map((node) => `<bpmn:flowNodeRef>${node.id}</bpmn:flowNodeRef>`),
      ]),
    ),
  );
  const process = xmlElement("bpmn:process", { id: "Process_1", isExecutable: "false" }, [
    ...extensions(boardExtensions(board)),
    ...(board.lanes.length > 0 ? [laneSet] : []),
    ...graph.nodes.map((node) => nodeElement(node, board)),
    ...graph.flows.map(sequenceFlowElement),
    ...notes.map(({ id, note }) =>
      xmlElement("bpmn:textAnnotation", { id }, [
        ...extensions([
          xmlElement("bp:note", {
            id: note.id,
            kind: note.kind,
            author: note.author,
            category: note.category,
            targetType: note.target.type,
            targetId: note.target.id,
            owner: note.owner,
            due: note.due,
            status: note.status,
          }),
        ]),
        `<bpmn:text>${escapeXml(noteText(note))}</bpmn:text>`,
      ]),
    ),
    ...notes
      .filter((annotation) => annotation.target !== undefined)
      .map(({ id, target }) =>
        xmlElement("bpmn:association", { id: `${id}_association`, sourceRef: id, targetRef: target }),
      ),
  ]);

  const diagram = xmlElement("bpmndi:BPMNDiagram", { id: "BPMNDiagram_1" }, [
    xmlElement("bpmndi:BPMNPlane", { id: "BPMNPlane_1", bpmnElement: "Collaboration_1" }, [
      shape("Participant_1", layout.pool, { isHorizontal: "true" }),
      ...board.lanes.map((lane) => shape(laneIds.get(lane.id)!, layout.lanes.get(lane.id)!, { isHorizontal: "true" })),
      ...graph.nodes.map((node) => shape(node.id, layout.nodes.get(node.id)!)),
      ...graph.flows.map((flow) => edge(flow.id, layout.edges.get(flow.id)!)),
      ...notes.map(({ id, bounds }) => shape(id, bounds)),
      ...notes
        .filter((annotation) => annotation.target !== undefined)
        .map(({ id, bounds, target }) => {
          const to = layout.nodes.get(target!);
          const end = to ? { x: to.x + to.width / 2, y: to.y } : layout.edges.get(target!)![1]!;
          return edge(`${id}_association`, [{ x: bounds.x + 10, y: bounds.y + bounds.height }, end]);
        }),
    ]),
  ]);

  const definitions = xmlElement(
    "bpmn:definitions",
    {
      "xmlns:bpmn": BPMN_NAMESPACES.bpmn,
      "xmlns:bpmndi": BPMN_NAMESPACES.bpmndi,
      "xmlns:dc": BPMN_NAMESPACES.dc,
      "xmlns:di": BPMN_NAMESPACES.di,
      "xmlns:bp": BPMN_NAMESPACES.bp,
      id: "Definitions_1",
      targetNamespace: "http://bpmn.io/schema/bpmn",
      exporter: "Brownpaper",
      exporterVersion: "1",
    },
    [
      xmlElement("bpmn:collaboration", { id: "Collaboration_1" }, [
        xmlElement("bpmn:participant", { id: "Participant_1", name: board.meta.title, processRef: "Process_1" }),
      ]),
      process,
      diagram,
    ],
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${definitions}\n`;
}
