import { formatDuration } from "@brownpaper/shared";

/** A 0–1 share as "37%", or "n/a". */
export function shareText(share: number | null): string {
  return share === null ? "n/a" : `${Math.round(share * 1000) / 10}%`;
}

/** A 0–100 percentage as "64.8%", or "n/a". */
export function percentText(value: number | null): string {
  return value === null ? "n/a" : `${Math.round(value * 10) / 10}%`;
}

/** Minutes for the report: "0m" stays explicit, larger values compact ("3.5d"). */
export function minutesText(minutes: number): string {
  return formatDuration(minutes);
}
