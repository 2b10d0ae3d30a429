import * as Y from "yjs";
import { boardMaps, META, toYMap } from "../doc/layout";
import { IMPORT_ORIGIN, type Origin } from "../doc/origin";
import { keyAt } from "../doc/order-key";
import { migrateDoc } from "../doc/migrations";
import { raciKey } from "../schema/raci";
import type { BoardFile } from "./board-file";

/**
 * Replaces the whole content of a doc with a validated board file, in one transaction (one
 * undo step when run with the user's origin). Validate first with `parseBoardFile`: this
 * function trusts its input.
 */
export function importBoard(doc: Y.Doc, file: BoardFile, origin: Origin = IMPORT_ORIGIN): void {
  doc.transact(() => {
    const maps = boardMaps(doc);
    for (const map of [maps.lanes, maps.steps, maps.flows, maps.roles, maps.raci, maps.notes, maps.agreements]) {
      for (const key of [...map.keys()]) map.delete(key);
    }
    maps.meta.set(META.title, file.title);
    maps.meta.set(META.trigger, file.scope.trigger);
    maps.meta.set(META.outcome, file.scope.outcome);
    maps.meta.set(META.state, file.state);
    maps.meta.set(META.dotsPerParticipant, file.dotsPerParticipant);

    const lanes = [...file.lanes].sort((a, b) => a.order - b.order);
    const keys: string[] = [];
    for (const lane of lanes) {
      const key = keyAt(keys, keys.length);
      keys.push(key);
      maps.lanes.set(lane.id, toYMap({ name: lane.name, kind: lane.kind, order: key, height: lane.height }));
    }
    for (const { id, ...step } of file.steps) maps.steps.set(id, toYMap(step));
    for (const { id, handover, ...flow } of file.flows) {
      maps.flows.set(id, toYMap({ ...flow, artifact: handover?.artifact, channel: handover?.channel }));
    }
    for (const { id, ...role } of file.roles) maps.roles.set(id, toYMap(role));
    for (const entry of file.raci) maps.raci.set(raciKey(entry.stepId, entry.roleId), entry.code);
    for (const { id, target, votes, ...note } of file.notes) {
      const map = toYMap({ ...note, targetType: target.type, targetId: target.id });
      if (votes !== undefined || note.kind === "pain") {
        const voteMap = new Y.Map<number>();
        for (const [participant, dots] of Object.entries(votes ?? {})) voteMap.set(participant, dots);
        map.set("votes", voteMap);
      }
      maps.notes.set(id, map);
    }
    for (const { id, flowIds, measures, ...agreement } of file.agreements) {
      const map = toYMap(agreement);
      const flowArray = new Y.Array<string>();
      flowArray.push(flowIds);
      map.set("flowIds", flowArray);
      const measureArray = new Y.Array<Y.Map<unknown>>();
      measureArray.push(measures.map((measure) => toYMap({ ...measure })));
      map.set("measures", measureArray);
      maps.agreements.set(id, map);
    }
  }, origin);
}

/** A fresh, migrated board doc, empty or holding a validated board file. */
export function createBoardDoc(file?: BoardFile, title?: string): Y.Doc {
  const doc = new Y.Doc();
  migrateDoc(doc);
  if (file) importBoard(doc, file);
  else if (title !== undefined) boardMaps(doc).meta.set(META.title, title);
  return doc;
}
