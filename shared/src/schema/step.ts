import { z } from "zod";
import { idSchema, shortText, type Scope } from "./common";

export const STEP_KINDS = ["start", "end", "task", "decision", "wait"] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** One step of the process, always inside exactly one lane. */
export interface Step {
  id: string;
  laneId: string;
  label: string;
  kind: StepKind;
  /** Position along the flow, in canvas pixels. */
  x: number;
  /** Offset from the top of its lane, in canvas pixels (layout; optional in files). */
  y: number;
  /** Minutes of hands-on work. */
  processTime?: number;
  /** Minutes from arrival to hand-off, waiting included. */
  leadTime?: number;
  /** Share (0–100) of the output the next step can use as it arrives. */
  pctCompleteAccurate?: number;
}

export const stepScope: Scope = "document";

export const DEFAULT_STEP_Y = 50;
export const COORDINATE_LIMIT = 1_000_000;

const coordinate = z.number().finite().min(-COORDINATE_LIMIT).max(COORDINATE_LIMIT);
const minutes = z.number().finite().min(0, "must be 0 or more").max(10_000_000);

export const stepSchema = z
  .object({
    id: idSchema,
    laneId: idSchema,
    label: shortText,
    kind: z.enum(STEP_KINDS),
    x: coordinate,
    y: coordinate.optional(),
    processTime: minutes.optional(),
    leadTime: minutes.optional(),
    pctCompleteAccurate: z.number().finite().min(0).max(100).optional(),
  })
  .check((ctx) => {
    const { processTime, leadTime } = ctx.value;
    if (processTime !== undefined && leadTime !== undefined && processTime > leadTime) {
      ctx.issues.push({
        code: "custom",
        path: ["processTime"],
        message: `must not exceed leadTime (${processTime} > ${leadTime})`,
        input: processTime,
      });
    }
  });
