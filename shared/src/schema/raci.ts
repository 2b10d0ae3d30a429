import type * as Y from "yjs";
import { z } from "zod";
import { ROOT } from "../doc/layout";
import { idSchema, type EntityModule } from "./common";

export const RACI_CODES = ["R", "A", "C", "I"] as const;
export type RaciCode = (typeof RACI_CODES)[number];

/** The doc's `raci` map holds `raciKey(stepId, roleId)` → code: one code per role per step by construction. */
export const raciEntity: EntityModule = { root: ROOT.raci, scope: "document", storage: "values" };

export const raciSchema = z.object({
  stepId: idSchema,
  roleId: idSchema,
  code: z.enum(RACI_CODES),
});

/** Who is Responsible, Accountable, Consulted or Informed on a step: one code per role per step. */
export type RaciAssignment = z.output<typeof raciSchema>;

const SEPARATOR = "\u0000";

/** The key of an assignment in the doc's `raci` map: one entry per (step, role). */
export function raciKey(stepId: string, roleId: string): string {
  return `${stepId}${SEPARATOR}${roleId}`;
}

/** The prefix of every key of a step's assignments. */
export function raciKeyPrefix(stepId: string): string {
  return `${stepId}${SEPARATOR}`;
}

/** The suffix of every key of a role's assignments. */
export function raciKeySuffix(roleId: string): string {
  return `${SEPARATOR}${roleId}`;
}

/** Reads one entry of the `raci` map; undefined when its key or code is malformed. */
export function readRaci(key: string, code: unknown): RaciAssignment | undefined {
  const [stepId, roleId, extra] = key.split(SEPARATOR);
  if (stepId === undefined || roleId === undefined || extra !== undefined) return undefined;
  if (typeof code !== "string" || !(RACI_CODES as readonly string[]).includes(code)) return undefined;
  return { stepId, roleId, code: code as RaciCode };
}

/** Stores an assignment, replacing whatever code the role held on the step. */
export function writeRaci(raci: Y.Map<unknown>, entry: RaciAssignment): void {
  raci.set(raciKey(entry.stepId, entry.roleId), entry.code);
}
