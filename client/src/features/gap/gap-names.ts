import type { ReportNames } from "@brownpaper/shared";

/** Name lookups for a report's ids, falling back so nothing renders blank. */
export interface GapNames {
  lane: (id: string) => string;
  step: (id: string) => string;
  flow: (id: string) => string;
  role: (id: string) => string;
}

export function gapNames(names: ReportNames): GapNames {
  const lookup = (entries: ReadonlyArray<{ id: string }>, text: (entry: never) => string, fallback: string) => {
    const map = new Map(entries.map((entry) => [entry.id, text(entry as never)]));
    return (id: string) => map.get(id) || fallback;
  };
  return {
    lane: lookup(names.lanes, (lane: { name: string }) => lane.name, "Lane"),
    step: lookup(names.steps, (step: { label: string }) => step.label.trim(), "Untitled step"),
    flow: lookup(names.flows, (flow: { name: string }) => flow.name, "Flow"),
    role: lookup(names.roles, (role: { name: string }) => role.name, "Role"),
  };
}
