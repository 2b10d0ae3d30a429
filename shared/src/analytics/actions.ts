import type { Board } from "../doc/read-board";
import type { ActionStatus, NoteTarget } from "../schema/note";

export interface ActionItem {
  id: string;
  text: string;
  owner: string;
  due: string;
  status: ActionStatus;
  target: NoteTarget;
}

export interface ActionsReport {
  open: number;
  doing: number;
  done: number;
  /** Ids of actions not done whose due date is before today. */
  overdue: string[];
  /** Every action: overdue first, then by due date (undated last), then by id. */
  items: ActionItem[];
}

/** An action is overdue when it is not done and its due date is before today (both YYYY-MM-DD). */
export function isOverdue(action: Pick<ActionItem, "status" | "due">, today: string): boolean {
  return action.status !== "done" && action.due !== "" && action.due < today;
}

export function actionsReport(board: Pick<Board, "notes">, today: string): ActionsReport {
  const items: ActionItem[] = board.notes
    .filter((note) => note.kind === "action")
    .map((note) => ({
      id: note.id,
      text: note.text,
      owner: note.owner ?? "",
      due: note.due ?? "",
      status: note.status ?? "open",
      target: { ...note.target },
    }));
  const overdueIds = new Set(items.filter((item) => isOverdue(item, today)).map((item) => item.id));
  items.sort(
    (a, b) =>
      Number(overdueIds.has(b.id)) - Number(overdueIds.has(a.id)) ||
      (a.due || "9999").localeCompare(b.due || "9999") ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const count = (status: ActionStatus) => items.filter((item) => item.status === status).length;
  return {
    open: count("open"),
    doing: count("doing"),
    done: count("done"),
    overdue: items.filter((item) => overdueIds.has(item.id)).map((item) => item.id),
    items,
  };
}
