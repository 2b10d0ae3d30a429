import * as Y from "yjs";
import { type BoardMaps, forEachEntity } from "../doc/layout";
import { raciKeyPrefix, raciKeySuffix } from "../schema/raci";

/**
 * Removals that keep the doc free of dangling references. They run inside the caller's
 * transaction: deleting a lane removes its steps, roles, notes and agreements; a step its
 * flows, RACI and notes; a flow its notes and its place in agreements; a note or an agreement
 * the actions raised from it.
 */
export function removeFlow(maps: BoardMaps, flowId: string): void {
  if (!maps.flows.has(flowId)) return;
  maps.flows.delete(flowId);
  removeNotesOn(maps, "flow", flowId);
  forEachEntity(maps.agreements, (agreement) => {
    const flowIds = agreement.get("flowIds");
    if (!(flowIds instanceof Y.Array)) return;
    for (let i = flowIds.length - 1; i >= 0; i--) {
      if (flowIds.get(i) === flowId) flowIds.delete(i, 1);
    }
  });
}

export function removeStep(maps: BoardMaps, stepId: string): void {
  if (!maps.steps.has(stepId)) return;
  const attached: string[] = [];
  forEachEntity(maps.flows, (flow, flowId) => {
    if (flow.get("from") === stepId || flow.get("to") === stepId) attached.push(flowId);
  });
  for (const flowId of attached) removeFlow(maps, flowId);
  for (const key of [...maps.raci.keys()]) {
    if (key.startsWith(raciKeyPrefix(stepId))) maps.raci.delete(key);
  }
  removeNotesOn(maps, "step", stepId);
  maps.steps.delete(stepId);
}

export function removeRole(maps: BoardMaps, roleId: string): void {
  if (!maps.roles.has(roleId)) return;
  for (const key of [...maps.raci.keys()]) {
    if (key.endsWith(raciKeySuffix(roleId))) maps.raci.delete(key);
  }
  maps.roles.delete(roleId);
}

export function removeLane(maps: BoardMaps, laneId: string): void {
  if (!maps.lanes.has(laneId)) return;
  const steps: string[] = [];
  forEachEntity(maps.steps, (step, stepId) => {
    if (step.get("laneId") === laneId) steps.push(stepId);
  });
  for (const stepId of steps) removeStep(maps, stepId);
  const roles: string[] = [];
  forEachEntity(maps.roles, (role, roleId) => {
    if (role.get("laneId") === laneId) roles.push(roleId);
  });
  for (const roleId of roles) removeRole(maps, roleId);
  removeNotesOn(maps, "lane", laneId);
  const agreements: string[] = [];
  forEachEntity(maps.agreements, (agreement, agreementId) => {
    if (agreement.get("providerLaneId") === laneId || agreement.get("customerLaneId") === laneId) {
      agreements.push(agreementId);
    }
  });
  for (const agreementId of agreements) removeAgreement(maps, agreementId);
  maps.lanes.delete(laneId);
}

/** Removes the notes on a target, and the actions raised from those notes. */
export function removeNotesOn(maps: BoardMaps, targetType: string, targetId: string): void {
  const doomed: string[] = [];
  forEachEntity(maps.notes, (note, noteId) => {
    if (note.get("targetType") === targetType && note.get("targetId") === targetId) doomed.push(noteId);
  });
  for (const noteId of doomed) removeNote(maps, noteId);
}

export function removeNote(maps: BoardMaps, noteId: string): void {
  if (!maps.notes.has(noteId)) return;
  maps.notes.delete(noteId);
  removeNotesOn(maps, "note", noteId);
}

export function removeAgreement(maps: BoardMaps, agreementId: string): void {
  if (!maps.agreements.has(agreementId)) return;
  maps.agreements.delete(agreementId);
  removeNotesOn(maps, "agreement", agreementId);
}
