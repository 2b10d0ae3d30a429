import * as Y from "yjs";
import { boardMaps, META, type BoardMaps } from "./layout";
import { isYMap, num, oneOf, optionalNum, optionalOneOf, str } from "./coerce";
import { LANE_KINDS, DEFAULT_LANE_HEIGHT, type Lane } from "../schema/lane";
import { STEP_KINDS, DEFAULT_STEP_Y, type Step } from "../schema/step";
import { HANDOVER_CHANNELS, type Flow } from "../schema/flow";
import type { Role } from "../schema/role";
import { RACI_CODES, type RaciAssignment } from "../schema/raci";
import { NOTE_KINDS, NOTE_TARGET_TYPES, PAIN_CATEGORIES, type Note } from "../schema/note";
import { AGREEMENT_STATUSES, MEASURE_DIMENSIONS, type Measure, type ServiceAgreement } from "../schema/agreement";
import { BOARD_STATES, DEFAULT_DOTS_PER_PARTICIPANT, type BoardMeta } from "../schema/board";

/** A lane as read from the doc: `order` is its index, `orderKey` the fractional key behind it. */
export interface LaneRecord extends Lane {
  orderKey: string;
}

export interface BoardMetaRecord extends BoardMeta {
  schemaVersion: number;
  votesHidden: boolean;
}

/**
 * A plain, read-only snapshot of a board. Entities whose references dangle (a step whose lane
 * was deleted while someone else added it, say) are left out, so a snapshot is always
 * internally consistent. Arrays are in a deterministic order.
 */
export interface Board {
  meta: BoardMetaRecord;
  lanes: LaneRecord[];
  steps: Step[];
  flows: Flow[];
  roles: Role[];
  raci: RaciAssignment[];
  notes: Note[];
  agreements: ServiceAgreement[];
}

export function readMeta(meta: Y.Map<unknown>): BoardMetaRecord {
  return {
    title: str(meta, META.title, "Untitled process"),
    scope: { trigger: str(meta, META.trigger), outcome: str(meta, META.outcome) },
    state: oneOf(meta, META.state, BOARD_STATES, "as-is"),
    dotsPerParticipant: num(meta, META.dotsPerParticipant, DEFAULT_DOTS_PER_PARTICIPANT),
    schemaVersion: num(meta, META.schemaVersion, 0),
    votesHidden: meta.get(META.votesHidden) === true,
  };
}

export function readLane(id: string, map: Y.Map<unknown>): LaneRecord {
  return {
    id,
    name: str(map, "name", "Lane"),
    kind: oneOf(map, "kind", LANE_KINDS, "core"),
    order: 0,
    orderKey: str(map, "order", "a0"),
    height: num(map, "height", DEFAULT_LANE_HEIGHT),
  };
}

export function readStep(id: string, map: Y.Map<unknown>): Step {
  const step: Step = {
    id,
    laneId: str(map, "laneId"),
    label: str(map, "label"),
    kind: oneOf(map, "kind", STEP_KINDS, "task"),
    x: num(map, "x", 0),
    y: num(map, "y", DEFAULT_STEP_Y),
  };
  const nonNegative = (value: number | undefined) => (value === undefined ? undefined : Math.max(0, value));
  const processTime = nonNegative(optionalNum(map, "processTime"));
  const leadTime = nonNegative(optionalNum(map, "leadTime"));
  const rawPct = optionalNum(map, "pctCompleteAccurate");
  const pct = rawPct === undefined ? undefined : Math.min(100, Math.max(0, rawPct));
  if (processTime !== undefined) step.processTime = processTime;
  if (leadTime !== undefined) step.leadTime = leadTime;
  if (pct !== undefined) step.pctCompleteAccurate = pct;
  return step;
}

export function readFlow(id: string, map: Y.Map<unknown>): Flow {
  const flow: Flow = { id, from: str(map, "from"), to: str(map, "to"), label: str(map, "label") };
  const artifact = str(map, "artifact");
  const channel = optionalOneOf(map, "channel", HANDOVER_CHANNELS);
  if (artifact !== "" || channel !== undefined) {
    flow.handover = channel === undefined ? { artifact } : { artifact, channel };
  }
  return flow;
}

export function readRole(id: string, map: Y.Map<unknown>): Role {
  return { id, name: str(map, "name", "Role"), laneId: str(map, "laneId") };
}

export function readNote(id: string, map: Y.Map<unknown>): Note {
  const note: Note = {
    id,
    kind: oneOf(map, "kind", NOTE_KINDS, "comment"),
    text: str(map, "text"),
    target: { type: oneOf(map, "targetType", NOTE_TARGET_TYPES, "board"), id: str(map, "targetId", "board") },
    author: str(map, "author"),
  };
  const category = optionalOneOf(map, "category", PAIN_CATEGORIES);
  if (category !== undefined) note.category = category;
  const votes = map.get("votes");
  if (isYMap(votes)) {
    // No prototype: a participant named "__proto__" or "constructor" is just a name.
    const record: Record<string, number> = Object.create(null);
    for (const participant of [...votes.keys()].sort()) {
      const dots = votes.get(participant);
      if (typeof dots === "number" && Number.isInteger(dots) && dots > 0) record[participant] = dots;
    }
    note.votes = record;
  }
  return note;
}

function readMeasure(map: Y.Map<unknown>): Measure {
  const measure: Measure = {
    name: str(map, "name"),
    dimension: oneOf(map, "dimension", MEASURE_DIMENSIONS, "speed"),
    target: str(map, "target"),
    weight: num(map, "weight", 0),
  };
  const score = optionalNum(map, "score");
  if (score !== undefined) measure.score = score;
  return measure;
}

export function readAgreement(id: string, map: Y.Map<unknown>): ServiceAgreement {
  const flowIds = map.get("flowIds");
  const measures = map.get("measures");
  return {
    id,
    providerLaneId: str(map, "providerLaneId"),
    customerLaneId: str(map, "customerLaneId"),
    flowIds: flowIds instanceof Y.Array ? flowIds.toArray().filter((v): v is string => typeof v === "string") : [],
    status: oneOf(map, "status", AGREEMENT_STATUSES, "draft"),
    expectation: str(map, "expectation"),
    customerObligations: str(map, "customerObligations"),
    reviewBy: str(map, "reviewBy"),
    measures: measures instanceof Y.Array ? measures.toArray().filter(isYMap).map(readMeasure) : [],
  };
}

function entities<T>(map: Y.Map<unknown>, read: (id: string, entity: Y.Map<unknown>) => T): T[] {
  const out: T[] = [];
  map.forEach((value, id) => {
    if (isYMap(value)) out.push(read(id, value));
  });
  return out;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Lanes in display order: by fractional key, ties (concurrent inserts) broken by id. */
export function sortLanes(lanes: LaneRecord[]): LaneRecord[] {
  const sorted = [...lanes].sort((a, b) => (a.orderKey < b.orderKey ? -1 : a.orderKey > b.orderKey ? 1 : byId(a, b)));
  return sorted.map((lane, index) => ({ ...lane, order: index }));
}

/** Reads the whole board from its doc into a consistent, deterministic snapshot. */
export function readBoard(doc: Y.Doc): Board {
  return readBoardMaps(boardMaps(doc));
}

export function readBoardMaps(maps: BoardMaps): Board {
  const lanes = sortLanes(entities(maps.lanes, readLane));
  const laneIndex = new Map(lanes.map((lane) => [lane.id, lane.order]));

  const steps = entities(maps.steps, readStep)
    .filter((step) => laneIndex.has(step.laneId))
    .sort((a, b) => laneIndex.get(a.laneId)! - laneIndex.get(b.laneId)! || a.x - b.x || a.y - b.y || byId(a, b));
  const stepIndex = new Map(steps.map((step, index) => [step.id, index]));

  // Two people connecting the same steps at once leave two flows; the first by id stands.
  const connected = new Set<string>();
  const flows = entities(maps.flows, readFlow)
    .filter((flow) => stepIndex.has(flow.from) && stepIndex.has(flow.to) && flow.from !== flow.to)
    .sort(byId)
    .filter((flow) => {
      const key = `${flow.from}\u0000${flow.to}`;
      if (connected.has(key)) return false;
      connected.add(key);
      return true;
    });
  const flowIds = new Set(flows.map((flow) => flow.id));

  const roles = entities(maps.roles, readRole)
    .filter((role) => laneIndex.has(role.laneId))
    .sort((a, b) => laneIndex.get(a.laneId)! - laneIndex.get(b.laneId)! || a.name.localeCompare(b.name) || byId(a, b));
  const roleIndex = new Map(roles.map((role, index) => [role.id, index]));

  const raci: RaciAssignment[] = [];
  maps.raci.forEach((code, key) => {
    const [stepId, roleId] = key.split("\u0000");
    if (stepId === undefined || roleId === undefined) return;
    if (!stepIndex.has(stepId) || !roleIndex.has(roleId)) return;
    if (typeof code !== "string" || !(RACI_CODES as readonly string[]).includes(code)) return;
    raci.push({ stepId, roleId, code: code as RaciAssignment["code"] });
  });
  raci.sort(
    (a, b) =>
      stepIndex.get(a.stepId)! - stepIndex.get(b.stepId)! || roleIndex.get(a.roleId)! - roleIndex.get(b.roleId)!,
  );

  const targetExists = (note: Note): boolean => {
    switch (note.target.type) {
      case "step":
        return stepIndex.has(note.target.id);
      case "flow":
        return flowIds.has(note.target.id);
      case "lane":
        return laneIndex.has(note.target.id);
      case "board":
        return true;
    }
  };
  const notes = entities(maps.notes, readNote).filter(targetExists).sort(byId);

  const agreements = entities(maps.agreements, readAgreement)
    .filter((agreement) => laneIndex.has(agreement.providerLaneId) && laneIndex.has(agreement.customerLaneId))
    .map((agreement) => ({ ...agreement, flowIds: agreement.flowIds.filter((id) => flowIds.has(id)) }))
    .sort(byId);

  return { meta: readMeta(maps.meta), lanes, steps, flows, roles, raci, notes, agreements };
}
