import type { StepKind } from "@brownpaper/shared";

export interface Size {
  width: number;
  height: number;
}

/**
 * Every step kind has a fixed size, so layout (clamping into a band, free spots, map width)
 * can be computed from the doc alone, before React Flow has measured anything.
 */
export const STEP_SIZE: Readonly<Record<StepKind, Size>> = {
  task: { width: 168, height: 72 },
  wait: { width: 160, height: 72 },
  decision: { width: 112, height: 112 },
  start: { width: 88, height: 88 },
  end: { width: 88, height: 88 },
};
