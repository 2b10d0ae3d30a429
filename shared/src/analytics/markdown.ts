import type { ReportNames } from "./gap-report";

/** Text made safe for one Markdown table cell: no pipes breaking columns, no line breaks. */
export function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\s*\r?\n\s*/g, " ").trim();
}

/** A GitHub-flavoured Markdown table; cells are escaped here. */
export function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.map((value) => cell(String(value))).join(" | ")} |`;
  return [line(headers), `|${headers.map(() => " --- ").join("|")}|`, ...rows.map(line)].join("\n");
}

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

export function namer(names: ReportNames): Namer {
  const lanes = new Map(names.lanes.map((lane) => [lane.id, lane.name]));
  const steps = new Map(names.steps.map((step) => [step.id, step.label.trim() || step.id]));
  const flows = new Map(names.flows.map((flow) => [flow.id, flow.name]));
  const roles = new Map(names.roles.map((role) => [role.id, role.name]));
  return {
    lane: (id) => lanes.get(id) ?? id,
    step: (id) => steps.get(id) ?? id,
    flow: (id) => flows.get(id) ?? id,
    role: (id) => roles.get(id) ?? id,
  };
}
