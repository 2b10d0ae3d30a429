import type { GapReport } from "./gap-report";
import { count, inline, table, type Namer } from "./markdown";

/** The "Actions" section of the Markdown report: counts, then every action, overdue first and marked. */
export function actionsSection(report: GapReport, name: Namer): string[] {
  const { actions } = report;
  const out = ["## Actions", ""];
  if (actions.items.length === 0) return [...out, "No actions yet."];
  out.push(
    `${count(actions.open, "open")}, ${count(actions.doing, "in progress", "in progress")}, ${count(actions.done, "done", "done")}; ${count(actions.overdue.length, "overdue", "overdue")}.`,
    "",
  );
  const overdue = new Set(actions.overdue);
  const on = (item: GapReport["actions"]["items"][number]) => {
    switch (item.target.type) {
      case "step":
        return name.step(item.target.id);
      case "flow":
        return name.flow(item.target.id);
      case "lane":
        return name.lane(item.target.id);
      case "board":
        return "the board";
      case "note": {
        const pain = report.pain.ranked.find((entry) => entry.noteId === item.target.id);
        return pain ? `pain point “${inline(pain.text)}”` : "a note";
      }
      case "agreement": {
        const agreement = report.agreements.find((entry) => entry.agreementId === item.target.id);
        return agreement
          ? `agreement ${name.lane(agreement.providerLaneId)} → ${name.lane(agreement.customerLaneId)}`
          : "an agreement";
      }
    }
  };
  const rows = actions.items.map((item) => [
    inline(item.text),
    inline(item.owner),
    item.due === "" ? "" : overdue.has(item.id) ? `**${item.due} (overdue)**` : item.due,
    item.status,
    on(item),
  ]);
  out.push(table(["Action", "Owner", "Due", "Status", "From"], rows));
  return out;
}
