import type * as Y from "yjs";
import { z } from "zod";
import { num, oneOf, optionalNum, str } from "../doc/coerce";
import { ROOT, toYMap, type EntityMap } from "../doc/layout";
import { idSchema, shortText, type EntityModule } from "./common";

export const STEP_KINDS = ["start", "end", "task", "decision", "wait"] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const stepEntity: EntityModule = { root: ROOT.steps, scope: "document", storage: "records" };

export const DEFAULT_STEP_KIND: StepKind = "task";
export const DEFAULT_STEP_Y = 50;
export const COORDINATE_LIMIT = 1_000_000;
export const MAX_MINUTES = 10_000_000;

const coordinate = z.number().finite().min(-COORDINATE_LIMIT).max(COORDINATE_LIMIT);
const minutes = z.number().finite().min(0, "must be 0 or more").max(MAX_MINUTES);

export const stepSchema = z
  .object({
    id: idSchema,
    laneId: idSchema,
    label: shortText,
    kind: z.enum(STEP_KINDS),
    /** Position along the flow, in canvas pixels. */
    x: coordinate,
    /** Offset from the top of its lane, in canvas pixels (layout; optional in files). */
    y: coordinate.optional(),
    /** Minutes of hands-on work. */
    processTime: minutes.optional(),
    /** Minutes from arrival to hand-off, waiting included. */
    leadTime: minutes.optional(),
    /** Share (0–100) of the output the next step can use as it arrives. */
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

/** A step as a board file may hold it: `y` can be left out. */
export type StepFile = z.output<typeof stepSchema>;

/** One step of the process, always inside exactly one lane; read from the doc it always has a `y`. */
export interface Step extends StepFile {
  y: number;
}

const nonNegative = (value: number | undefined) => (value === undefined ? undefined : Math.max(0, value));

/** Reads a step from its Y.Map; fields of the wrong type read as defaults, measures are clamped. */
export function readStep(id: string, map: Y.Map<unknown>): Step {
  const step: Step = {
    id,
    laneId: str(map, "laneId"),
    label: str(map, "label"),
    kind: oneOf(map, "kind", STEP_KINDS, DEFAULT_STEP_KIND),
    x: num(map, "x", 0),
    y: num(map, "y", DEFAULT_STEP_Y),
  };
  const processTime = nonNegative(optionalNum(map, "processTime"));
  const leadTime = nonNegative(optionalNum(map, "leadTime"));
  const rawPct = optionalNum(map, "pctCompleteAccurate");
  const pct = rawPct === undefined ? undefined : Math.min(100, Math.max(0, rawPct));
  if (processTime !== undefined) step.processTime = processTime;
  if (leadTime !== undefined) step.leadTime = leadTime;
  if (pct !== undefined) step.pctCompleteAccurate = pct;
  return step;
}

/** The Y.Map of a new step, read back by `readStep`; measures left undefined are not stored. */
export function toStepYMap(step: Omit<Step, "id">): EntityMap {
  return toYMap({
    laneId: step.laneId,
    label: step.label,
    kind: step.kind,
    x: step.x,
    y: step.y,
    processTime: step.processTime,
    leadTime: step.leadTime,
    pctCompleteAccurate: step.pctCompleteAccurate,
  });
}
