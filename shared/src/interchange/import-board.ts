import * as Y from "yjs";
import { boardMaps, META } from "../doc/layout";
import { IMPORT_ORIGIN, type Origin } from "../doc/origin";
import { keyAt } from "../doc/order-key";
import { migrateDoc } from "../doc/migrations";
import { COLLECTION_ROOTS } from "../schema/entities";
import { writeMeta } from "../schema/board";
import { toLaneYMap } from "../schema/lane";
import { toStepYMap } from "../schema/step";
import { toFlowYMap } from "../schema/flow";
import { toRoleYMap } from "../schema/role";
import { writeRaci } from "../schema/raci";
import { toNoteYMap } from "../schema/note";
import { toAgreementYMap } from "../schema/agreement";
import type { BoardFile } from "./board-file";

/**
 * Replaces the whole content of a doc with a validated board file, in one transaction (one
 * undo step when run with the user's origin). Validate first with `parseBoardFile`: this
 * function trusts its input.
 */
export function importBoard(doc: Y.Doc, file: BoardFile, origin: Origin = IMPORT_ORIGIN): void {
  doc.transact(() => {
    const maps = boardMaps(doc);
    for (const root of COLLECTION_ROOTS) {
      const map = maps[root];
      for (const key of [...map.keys()]) map.delete(key);
    }
    writeMeta(maps.meta, file);

    const lanes = [...file.lanes].sort((a, b) => a.order - b.order);
    const keys: string[] = [];
    for (const lane of lanes) {
      const orderKey = keyAt(keys, keys.length);
      keys.push(orderKey);
      maps.lanes.set(lane.id, toLaneYMap({ ...lane, orderKey }));
    }
    for (const { id, ...step } of file.steps) maps.steps.set(id, toStepYMap(step));
    for (const { id, ...flow } of file.flows) maps.flows.set(id, toFlowYMap(flow));
    for (const { id, ...role } of file.roles) maps.roles.set(id, toRoleYMap(role));
    for (const entry of file.raci) writeRaci(maps.raci, entry);
    for (const { id, ...note } of file.notes) maps.notes.set(id, toNoteYMap(note));
    for (const { id, ...agreement } of file.agreements) maps.agreements.set(id, toAgreementYMap(agreement));
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
