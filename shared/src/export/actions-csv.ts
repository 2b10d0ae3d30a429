import type { Board } from "../doc/read-board";
import { actionsReport } from "../analytics/actions";
import { todayIso } from "../analytics/agreement-reviews";
import { targetName } from "./target-name";
import { toCsv } from "./csv";

/**
 * The actions as CSV, one row per action, overdue first: what to do, who, by when, where it
 * stands, whether it is overdue today, and what it was raised from.
 */
export function actionsCsv(board: Board, today: string = todayIso()): string {
  const report = actionsReport(board, today);
  const overdue = new Set(report.overdue);
  const header = ["Action", "Owner", "Due", "Status", "Overdue", "Raised from", "Id"];
  const rows = report.items.map((item) => [
    item.text,
    item.owner,
    item.due,
    item.status,
    overdue.has(item.id) ? "yes" : "no",
    targetName(board, item.target),
    item.id,
  ]);
  return toCsv([header, ...rows]);
}
