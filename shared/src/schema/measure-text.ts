import type { Step } from "./step";

/**
 * A day is a working day of 8 hours: lead times in a process workshop are counted in the time
 * the organisation works, so "2d" of waiting next to "1h" of work reads as people mean it. The
 * inspector enters days in it, and the canvas, the report and the picture show them in it.
 */
export const MINUTES_PER_DAY = 8 * 60;

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Compact text for the canvas, the report and the picture: "45m", "1.5h", "2d"; no time at all is "0m". */
export function formatDuration(minutes: number): string {
  if (minutes >= MINUTES_PER_DAY) return `${round1(minutes / MINUTES_PER_DAY)}d`;
  if (minutes >= 60) return `${round1(minutes / 60)}h`;
  return `${round1(minutes)}m`;
}

/** A %C&A (0–100) as "80%" or "33.3%". */
export function formatPercent(value: number): string {
  return `${round1(value)}%`;
}

/** A step's measures in one short line: "PT 30m · LT 2d · 80%"; empty when it has none. */
export function stepMeasuresLine(step: Pick<Step, "processTime" | "leadTime" | "pctCompleteAccurate">): string {
  const parts: string[] = [];
  if (step.processTime !== undefined) parts.push(`PT ${formatDuration(step.processTime)}`);
  if (step.leadTime !== undefined) parts.push(`LT ${formatDuration(step.leadTime)}`);
  if (step.pctCompleteAccurate !== undefined) parts.push(formatPercent(step.pctCompleteAccurate));
  return parts.join(" · ");
}
