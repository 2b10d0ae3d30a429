import type { ReportNames } from "./gap-report";
import type { StepMeasure } from "./step-measures";

/** Text made safe for one Markdown table cell: no pipes breaking columns, no line breaks. */
export function cell(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/\s*\r?\n\s*/g, " ")
    .trim();
}

/** A GitHub-flavoured Markdown table; cells are escaped here. */
export function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.map((value) => cell(String(value))).join(" | ")} |`;
  return [line(headers), `|${headers.map(() => " --- ").join("|")}|`, ...rows.map(line)].join("\n");
}

/** "1 handover", "2 handovers". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** Step measures as a facilitator calls them. */
export const MEASURE_LABELS: Record<StepMeasure, string> = {
  processTime: "process time",
  leadTime: "lead time",
  pctCompleteAccurate: "%C&A",
};

/** Minutes as "45 min", or "4380 min (73 h)" once an hour is passed. */
export function formatMinutes(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (value < 60) return `${rounded} min`;
  return `${rounded} min (${Math.round((value / 60) * 10) / 10} h)`;
}

/** A 0–1 share as "12.3%", or "n/a". */
export function formatShare(share: number | null): string {
  return share === null ? "n/a" : formatPercent(share * 100);
}

/** A 0–100 value as "12.3%", or "n/a". */
export function formatPercent(value: number | null): string {
  return value === null ? "n/a" : `${Math.round(value * 10) / 10}%`;
}

/** A 0–100 score rounded to one decimal, or "not scored". */
export function formatScore(value: number | null): string {
  return value === null ? "not scored" : String(Math.round(value * 10) / 10);
}

/** Looks names up by id, falling back to the id itself so nothing renders blank. */
export interface Namer {
  lane(id: string): string;
  step(id: string): string;
  flow(id: string): string;
  role(id: string): string;
}

/** Names to use instead of those a report carries, matched by id (e.g. lanes renamed since). */
export interface NameOverrides {
  lanes?: { id: string; name: string }[];
  steps?: { id: string; label: string }[];
  flows?: { id: string; name: string }[];
  roles?: { id: string; name: string }[];
}

/** Lookups from the names a report carries, with `overrides` (matched by id) winning. */
export function namer(names: ReportNames, overrides: NameOverrides = {}): Namer {
  const lookup = <T extends { id: string }>(
    base: readonly T[],
    extra: readonly T[] | undefined,
    text: (entry: T) => string,
  ) => {
    const map = new Map([...base, ...(extra ?? [])].map((entry) => [entry.id, text(entry)]));
    return (id: string) => map.get(id) ?? id;
  };
  return {
    lane: lookup(names.lanes, overrides.lanes, (lane) => lane.name),
    step: lookup(names.steps, overrides.steps, (step) => step.label.trim() || step.id),
    flow: lookup(names.flows, overrides.flows, (flow) => flow.name),
    role: lookup(names.roles, overrides.roles, (role) => role.name),
  };
}
