import type * as Y from "yjs";
import { boardMaps, type BoardMaps } from "./layout";
import { isYMap } from "./coerce";
import { readLane, sortLanes, type LaneRecord } from "../schema/lane";
import { readStep, type Step } from "../schema/step";
import { readFlow, type Flow } from "../schema/flow";
import { readRole, type Role } from "../schema/role";
import { readRaci, type RaciAssignment } from "../schema/raci";
import { readNote, type Note } from "../schema/note";
import { readAgreement, type ServiceAgreement } from "../schema/agreement";
import { readMeta, type BoardMetaRecord } from "../schema/board";

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

function entities<T>(map: Y.Map<unknown>, read: (id: string, entity: Y.Map<unknown>) => T): T[] {
  const out: T[] = [];
  map.forEach((value, id) => {
    if (isYMap(value)) out.push(read(id, value));
  });
  return out;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

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
    const entry = readRaci(key, code);
    if (entry && stepIndex.has(entry.stepId) && roleIndex.has(entry.roleId)) raci.push(entry);
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
      case "agreement":
        return agreementIds.has(note.target.id);
      case "note":
        return false;
    }
  };
  const agreements = entities(maps.agreements, readAgreement)
    .filter((agreement) => laneIndex.has(agreement.providerLaneId) && laneIndex.has(agreement.customerLaneId))
    .map((agreement) => ({ ...agreement, flowIds: agreement.flowIds.filter((id) => flowIds.has(id)) }))
    .sort(byId);
  const agreementIds = new Set(agreements.map((agreement) => agreement.id));
  // Notes on notes (actions raised from a pain point) are kept when the note they are on is kept.
  const all = entities(maps.notes, readNote);
  const placed = all.filter(targetExists);
  const placedIds = new Set(placed.map((note) => note.id));
  const notes = [
    ...placed,
    ...all.filter((note) => note.target.type === "note" && note.target.id !== note.id && placedIds.has(note.target.id)),
  ].sort(byId);

  return { meta: readMeta(maps.meta), lanes, steps, flows, roles, raci, notes, agreements };
}
