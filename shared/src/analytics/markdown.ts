import type { ReportNames } from "./gap-report";
import type { StepMeasure } from "./step-measures";

/**
 * Characters that start Markdown or HTML inline: emphasis, code, links and images (`[`, `]`),
 * autolinks and raw HTML (`<`, `>`), entities (`&`), table cells (`|`), strikethrough and the
 * escape itself. Backslash-escaped, each shows as itself (CommonMark: any ASCII punctuation).
 */
const INLINE_MARKUP = /[\\`*_[\]<>&|~]/g;
/** What makes a line a heading, quote, list item or setext underline when it starts one. */
const BLOCK_START = /^[#>+=-]/;
/** An ordered list item's number: its delimiter is what is escaped (`1\.`). */
const ORDERED_START = /^(\d+)([.)])/;

/**
 * User text (a name, label, note) made into Markdown that shows exactly that text on one line:
 * every line break and run of blanks becomes one space, so it cannot start a heading, list or
 * block of its own, and markup characters are escaped, so it cannot make a link, an image, HTML
 * or a table cell. Every string from a board goes through here before it reaches the report.
 */
export function inline(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(INLINE_MARKUP, "\\$&")
    .replace(BLOCK_START, "\\$&")
    .replace(ORDERED_START, "$1\\$2");
}

/** One table cell of Markdown (user text already `inline`): a stray line break would end the row. */
export function cell(markdown: string): string {
  return markdown.replace(/\s*[\r\n\u2028\u2029]\s*/g, " ").trim();
}

/** A GitHub-flavoured Markdown table. Cells are Markdown: pass user text through `inline` first. */
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

/** Looks names up by id, falling back to the id itself so nothing renders blank; answers Markdown (see `inline`). */
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
    const map = new Map<string, string>();
    for (const entry of base) map.set(entry.id, text(entry));
    for (const entry of extra ?? []) map.set(entry.id, text(entry));
    return (id: string) => inline(map.get(id) ?? id);
  };
  return {
    lane: lookup(names.lanes, overrides.lanes, (lane) => lane.name),
    step: lookup(names.steps, overrides.steps, (step) => step.label.trim() || step.id),
    flow: lookup(names.flows, overrides.flows, (flow) => flow.name),
    role: lookup(names.roles, overrides.roles, (role) => role.name),
  };
}
