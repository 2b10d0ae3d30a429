import { z } from "zod";
import { idSchema, type Scope } from "./common";

export const RACI_CODES = ["R", "A", "C", "I"] as const;
export type RaciCode = (typeof RACI_CODES)[number];

/** Who is Responsible, Accountable, Consulted or Informed on a step: one code per role per step. */
export interface RaciAssignment {
  stepId: string;
  roleId: string;
  code: RaciCode;
}

export const raciScope: Scope = "document";

export const raciSchema = z.object({
  stepId: idSchema,
  roleId: idSchema,
  code: z.enum(RACI_CODES),
});

/** The key of an assignment in the doc's `raci` map: one entry per (step, role). */
export function raciKey(stepId: string, roleId: string): string {
  return `${stepId}\u0000${roleId}`;
}
