import type * as Y from "yjs";
import { type BoardMaps, getEntity } from "../doc/layout";
import type { Origin } from "../doc/origin";
import { clipShort } from "../schema/common";
import { raciKey, RACI_CODES, writeRaci, type RaciCode } from "../schema/raci";
import { toRoleYMap } from "../schema/role";
import { newId } from "../ids";
import { CommandError } from "./command-error";
import { removeRole } from "./cascade";
import { transact } from "./transact";

function requireRole(maps: BoardMaps, roleId: string): Y.Map<unknown> {
  const role = getEntity(maps.roles, roleId);
  if (!role) throw new CommandError(`There is no role "${roleId}".`);
  return role;
}

/** Adds a role to a lane and returns its id. */
export function addRole(doc: Y.Doc, input: { laneId: string; name: string; id?: string }, origin?: Origin): string {
  return transact(doc, origin, (maps) => {
    if (!maps.lanes.has(input.laneId)) throw new CommandError(`There is no lane "${input.laneId}".`);
    const name = input.name.trim();
    if (name === "") throw new CommandError("A role needs a name.");
    const id = input.id ?? newId("role");
    maps.roles.set(id, toRoleYMap({ name: clipShort(name), laneId: input.laneId }));
    return id;
  });
}

export function renameRole(doc: Y.Doc, roleId: string, name: string, origin?: Origin): void {
  transact(doc, origin, (maps) => {
    const trimmed = name.trim();
    if (trimmed === "") throw new CommandError("A role needs a name.");
    requireRole(maps, roleId).set("name", clipShort(trimmed));
  });
}

/** Deletes a role and its RACI assignments. */
export function deleteRole(doc: Y.Doc, roleId: string, origin?: Origin): void {
  transact(doc, origin, (maps) => {
    requireRole(maps, roleId);
    removeRole(maps, roleId);
  });
}

/** Sets the RACI code a role holds on a step (`null` clears it): one code per role per step. */
export function setRaci(doc: Y.Doc, stepId: string, roleId: string, code: RaciCode | null, origin?: Origin): void {
  transact(doc, origin, (maps) => {
    if (!maps.steps.has(stepId)) throw new CommandError(`There is no step "${stepId}".`);
    requireRole(maps, roleId);
    if (code === null) maps.raci.delete(raciKey(stepId, roleId));
    else if (RACI_CODES.includes(code)) writeRaci(maps.raci, { stepId, roleId, code });
    else throw new CommandError(`Unknown RACI code "${String(code)}".`);
  });
}
