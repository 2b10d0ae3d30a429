import type { Board } from "../doc/read-board";
import { indexBoard, laneKindOf, type BoardIndex } from "./board-index";
import { findMainPath } from "./main-path-search";
import { MEASURED_STEP_KINDS, minutes, missingMeasures, percentage, type StepMeasure } from "./step-measures";

/** Waiting time (lead − process) in minutes, by the kind of lane it piles up in. */
export interface WaitingByLaneKind {
  core: number;
  support: number;
  /** Customer and external lanes. */
  other: number;
  total: number;
}

export type WaitingBucket = Exclude<keyof WaitingByLaneKind, "total">;

/**
 * How long work waits at a step (lead − process, never below zero: two concurrent edits can
 * leave a process time above its lead time) and the kind of lane it waits in; null when the
 * step lacks either time. The one rule both the path's sums and its breakdown follow.
 */
export function waitingAt(index: BoardIndex, stepId: string): { bucket: WaitingBucket; minutes: number } | null {
  const step = index.stepById.get(stepId);
  if (!step || step.processTime === undefined || step.leadTime === undefined) return null;
  const kind = laneKindOf(index, stepId);
  return {
    bucket: kind === "core" ? "core" : kind === "support" ? "support" : "other",
    minutes: Math.max(0, minutes(step.leadTime) - minutes(step.processTime)),
  };
}

/** The measures along the main path (see `findMainPath` for which path that is). */
export interface MainPath {
  stepIds: string[];
  flowIds: string[];
  /** Σ process time in minutes over the steps that have one. */
  processTime: number;
  /** Σ lead time in minutes over the steps that have one. */
  leadTime: number;
  /** Σ process time / Σ lead time, 0–1; null when the lead time is 0. */
  flowEfficiency: number | null;
  /** Product of the steps' %C&A / 100, as a percentage; null when no step on the path has one. */
  rolledPctCompleteAccurate: number | null;
  /** Tasks, decisions and waits on the path without a %C&A (left out of the product). */
  stepsWithoutPct: number;
  /** Over the steps that have both times. */
  waiting: WaitingByLaneKind;
  /** Tasks, decisions and waits on the path lacking a measure, in path order. */
  missingMeasures: { stepId: string; missing: StepMeasure[] }[];
}

/**
 * Walks the main path and sums what a facilitator reads off it: process and lead time, flow
 * efficiency, rolled %C&A and where the waiting happens (`waitingAt`).
 */
export function mainPath(board: Pick<Board, "lanes" | "steps" | "flows">): MainPath {
  const { stepIds, flowIds } = findMainPath(board);
  const index = indexBoard(board);
  let processTime = 0;
  let leadTime = 0;
  let rolled: number | null = null;
  let stepsWithoutPct = 0;
  const waiting: WaitingByLaneKind = { core: 0, support: 0, other: 0, total: 0 };
  const missing: MainPath["missingMeasures"] = [];

  for (const stepId of stepIds) {
    const step = index.stepById.get(stepId)!;
    processTime += minutes(step.processTime);
    leadTime += minutes(step.leadTime);
    if (step.pctCompleteAccurate !== undefined) {
      rolled = (rolled ?? 1) * (percentage(step.pctCompleteAccurate) / 100);
    } else if (MEASURED_STEP_KINDS.includes(step.kind)) {
      stepsWithoutPct += 1;
    }
    const wait = waitingAt(index, stepId);
    if (wait) {
      waiting[wait.bucket] += wait.minutes;
      waiting.total += wait.minutes;
    }
    const lacking = missingMeasures(step);
    if (lacking.length > 0) missing.push({ stepId, missing: lacking });
  }

  return {
    stepIds,
    flowIds,
    processTime,
    leadTime,
    flowEfficiency: leadTime === 0 ? null : processTime / leadTime,
    rolledPctCompleteAccurate: rolled === null ? null : rolled * 100,
    stepsWithoutPct,
    waiting,
    missingMeasures: missing,
  };
}
