import type * as Y from "yjs";
import { z } from "zod";
import { str } from "../doc/coerce";
import { ROOT, toYMap, type EntityMap } from "../doc/layout";
import { idSchema, shortText, type EntityModule } from "./common";

export const roleEntity: EntityModule = { root: ROOT.roles, scope: "document", storage: "records" };

export const DEFAULT_ROLE_NAME = "Role";

export const roleSchema = z.object({
  id: idSchema,
  name: shortText.min(1, "must not be empty"),
  laneId: idSchema,
});

/** A role (never a person's name) that belongs to a lane. */
export type Role = z.output<typeof roleSchema>;

export function readRole(id: string, map: Y.Map<unknown>): Role {
  return { id, name: str(map, "name", DEFAULT_ROLE_NAME), laneId: str(map, "laneId") };
}

/** The Y.Map of a new role, read back by `readRole`. */
export function toRoleYMap(role: Omit<Role, "id">): EntityMap {
  return toYMap({ name: role.name, laneId: role.laneId });
}
