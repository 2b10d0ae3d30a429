import type { GapReport } from "./gap-report";
import { inline, table, type Namer } from "./markdown";

function targetName(target: { type: string; id: string }, name: Namer): string {
  switch (target.type) {
    case "step":
      return `Step: ${name.step(target.id)}`;
    case "flow":
      return `Handover: ${name.flow(target.id)}`;
    case "lane":
      return `Lane: ${name.lane(target.id)}`;
    default:
      return "Board";
  }
}

/** The pain-point part of the Markdown gap report; vote counts are left out while hidden. */
export function painSection(report: GapReport, name: Namer): string[] {
  const out = ["## Pain points", ""];
  if (report.pain.ranked.length === 0) return [...out, "No pain points yet."];
  if (report.votesHidden) {
    // The hidden report lists pain points in id order already: nothing to rank, nothing to count.
    const { pain } = report;
    out.push("Votes are hidden until the facilitator reveals them.", "");
    out.push(
      table(
        ["Pain point", "Category", "On"],
        pain.ranked.map((note) => [inline(note.text), inline(note.category), targetName(note.target, name)]),
      ),
    );
    const mix = pain.categories.filter((category) => category.notes > 0);
    out.push(
      "",
      table(
        ["Category", "Pain points"],
        mix.map((category) => [inline(category.category), category.notes]),
      ),
    );
    return out;
  }
  const { pain } = report;
  const rows = pain.ranked.map((note, index) => [
    index + 1,
    inline(note.text),
    inline(note.category),
    targetName(note.target, name),
    note.votes,
  ]);
  out.push(table(["#", "Pain point", "Category", "On", "Votes"], rows));
  const mix = pain.categories.filter((category) => category.notes > 0);
  out.push(
    "",
    "### Category mix",
    "",
    table(
      ["Category", "Pain points", "Votes"],
      mix.map((c) => [inline(c.category), c.notes, c.votes]),
    ),
  );
  const lanes = pain.lanes.filter((lane) => lane.notes > 0);
  if (lanes.length > 0) {
    out.push(
      "",
      "### Per lane",
      "",
      table(
        ["Lane", "Pain points", "Votes"],
        lanes.map((l) => [name.lane(l.laneId), l.notes, l.votes]),
      ),
    );
  }
  if (pain.handovers.length > 0) {
    const rows = pain.handovers.map((h) => [name.flow(h.flowId), h.notes, h.votes]);
    out.push("", "### Per handover", "", table(["Handover", "Pain points", "Votes"], rows));
  }
  if (pain.steps.length > 0) {
    out.push(
      "",
      "### Per step",
      "",
      table(
        ["Step", "Pain points", "Votes"],
        pain.steps.map((s) => [name.step(s.stepId), s.notes, s.votes]),
      ),
    );
  }
  return out;
}
