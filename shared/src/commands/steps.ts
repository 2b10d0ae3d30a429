import type * as Y from "yjs";
import { type BoardMaps, getEntity } from "../doc/layout";
import type { Origin } from "../doc/origin";
import { clipShort } from "../schema/common";
import {
  COORDINATE_LIMIT,
  DEFAULT_STEP_KIND,
  DEFAULT_STEP_Y,
  STEP_KINDS,
  toStepYMap,
  type StepKind,
} from "../schema/step";
import { newId } from "../ids";
import { CommandError } from "./command-error";
import { removeStep } from "./cascade";
import { transact } from "./transact";

function requireStep(maps: BoardMaps, stepId: string): Y.Map<unknown> {
  const step = getEntity(maps.steps, stepId);
  if (!step) throw new CommandError(`There is no step "${stepId}".`);
  return step;
}

function requireLaneId(maps: BoardMaps, laneId: string): void {
  if (!maps.lanes.has(laneId)) throw new CommandError(`There is no lane "${laneId}": a step must sit in a lane.`);
}

function coordinate(value: number): number {
  if (!Number.isFinite(value)) throw new CommandError("A position must be a finite number.");
  return Math.round(Math.max(-COORDINATE_LIMIT, Math.min(COORDINATE_LIMIT, value)));
}

export interface AddStepInput {
  laneId: string;
  x: number;
  y?: number;
  label?: string;
  kind?: StepKind;
  id?: string;
}

/** Adds a step to a lane and returns its id. */
export function addStep(doc: Y.Doc, input: AddStepInput, origin?: Origin): string {
  return transact(doc, origin, (maps) => {
    requireLaneId(maps, input.laneId);
    const kind = input.kind ?? DEFAULT_STEP_KIND;
    if (!STEP_KINDS.includes(kind)) throw new CommandError(`Unknown step kind "${kind}".`);
    const id = input.id ?? newId("step");
    maps.steps.set(
      id,
      toStepYMap({
        laneId: input.laneId,
        label: clipShort(input.label ?? ""),
        kind,
        x: coordinate(input.x),
        y: coordinate(input.y ?? DEFAULT_STEP_Y),
      }),
    );
    return id;
  });
}

export interface StepPosition {
  x: number;
  y: number;
  /** The lane the step now sits in; a move into another band changes the step's lane. */
  laneId?: string;
}

/** Moves steps in one transaction (a multi-step drag is one undo step). */
export function moveSteps(doc: Y.Doc, moves: ReadonlyMap<string, StepPosition>, origin?: Origin): void {
  transact(doc, origin, (maps) => {
    for (const [stepId, position] of moves) {
      const step = requireStep(maps, stepId);
      if (position.laneId !== undefined && position.laneId !== step.get("laneId")) {
        requireLaneId(maps, position.laneId);
        step.set("laneId", position.laneId);
      }
      const x = coordinate(position.x);
      const y = coordinate(position.y);
      if (step.get("x") !== x) step.set("x", x);
      if (step.get("y") !== y) step.set("y", y);
    }
  });
}

export function moveStep(doc: Y.Doc, stepId: string, position: StepPosition, origin?: Origin): void {
  moveSteps(doc, new Map([[stepId, position]]), origin);
}

export function relabelStep(doc: Y.Doc, stepId: string, label: string, origin?: Origin): void {
  transact(doc, origin, (maps) => requireStep(maps, stepId).set("label", clipShort(label.trim())));
}

export function setStepKind(doc: Y.Doc, stepId: string, kind: StepKind, origin?: Origin): void {
  if (!STEP_KINDS.includes(kind)) throw new CommandError(`Unknown step kind "${kind}".`);
  transact(doc, origin, (maps) => requireStep(maps, stepId).set("kind", kind));
}

export interface StepMeasures {
  processTime?: number | null;
  leadTime?: number | null;
  pctCompleteAccurate?: number | null;
}

/**
 * Sets a step's measures (minutes and percent). `null` clears a measure, `undefined` leaves
 * it alone. Refuses 0 ≤ process ≤ lead and 0–100 % violations with a message.
 */
export function setStepMeasures(doc: Y.Doc, stepId: string, measures: StepMeasures, origin?: Origin): void {
  transact(doc, origin, (maps) => {
    const step = requireStep(maps, stepId);
    const current = (key: keyof StepMeasures): number | null => {
      const given = measures[key];
      if (given !== undefined) return given;
      const stored = step.get(key);
      return typeof stored === "number" ? stored : null;
    };
    const processTime = current("processTime");
    const leadTime = current("leadTime");
    const pct = current("pctCompleteAccurate");
    for (const [name, value] of [
      ["Process time", processTime],
      ["Lead time", leadTime],
    ] as const) {
      if (value !== null && (!Number.isFinite(value) || value < 0))
        throw new CommandError(`${name} must be 0 or more.`);
    }
    if (processTime !== null && leadTime !== null && processTime > leadTime) {
      throw new CommandError("Process time cannot be longer than lead time.");
    }
    if (pct !== null && (!Number.isFinite(pct) || pct < 0 || pct > 100)) {
      throw new CommandError("% complete & accurate must be between 0 and 100.");
    }
    for (const key of ["processTime", "leadTime", "pctCompleteAccurate"] as const) {
      const value = measures[key];
      if (value === null) step.delete(key);
      else if (value !== undefined) step.set(key, value);
    }
  });
}

/** Deletes a step with its flows, RACI assignments and notes. */
export function deleteStep(doc: Y.Doc, stepId: string, origin?: Origin): void {
  transact(doc, origin, (maps) => {
    requireStep(maps, stepId);
    removeStep(maps, stepId);
  });
}
