import { useState } from "react";
import { actionsReport, targetName, todayIso, type ActionStatus, type Board } from "@brownpaper/shared";
import { useUiStore } from "../../state/store";
import { ACTION_STATUS_LABELS } from "./action-status";
import "./actions.css";

type StatusFilter = ActionStatus | "all" | "overdue" | "not-done";
const FILTERS: ReadonlyArray<{ value: StatusFilter; label: string }> = [
  { value: "not-done", label: "Not done" },
  { value: "overdue", label: "Overdue" },
  { value: "open", label: "Open" },
  { value: "doing", label: "Doing" },
  { value: "done", label: "Done" },
  { value: "all", label: "All" },
];
const ANYONE = "";

/** Every action on the board, overdue first and in red, filterable by status and owner. */
export function ActionsList({ board }: { board: Board }) {
  const [status, setStatus] = useState<StatusFilter>("not-done");
  const [owner, setOwner] = useState(ANYONE);
  const report = actionsReport(board, todayIso());
  const overdue = new Set(report.overdue);
  const owners = [...new Set(report.items.map((item) => item.owner.trim()).filter(Boolean))].sort();
  const shown = report.items.filter(
    (item) =>
      (status === "all" ||
        (status === "overdue"
          ? overdue.has(item.id)
          : status === "not-done"
            ? item.status !== "done"
            : item.status === status)) &&
      (owner === ANYONE || item.owner.trim() === owner),
  );
  return (
    <section className="actions-list" data-testid="actions-list" aria-label="Actions">
      <p className="panel-hint">
        {report.open} open · {report.doing} doing · {report.done} done
        {report.overdue.length > 0 && <strong className="action-overdue"> · {report.overdue.length} overdue</strong>}
      </p>
      <div className="actions-list__filters">
        <label className="field">
          <span className="field__label">Status</span>
          <select
            className="field__input field__select"
            data-testid="actions-filter-status"
            value={status}
            onChange={(event) => setStatus(event.target.value as StatusFilter)}
          >
            {FILTERS.map((filter) => (
              <option key={filter.value} value={filter.value}>
                {filter.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Owner</span>
          <select
            className="field__input field__select"
            data-testid="actions-filter-owner"
            value={owner}
            onChange={(event) => setOwner(event.target.value)}
          >
            <option value={ANYONE}>Anyone</option>
            {owners.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {report.items.length === 0 ? (
        <p className="panel-empty">
          No actions yet. Raise one from a pain point (Pain tab or the pain point&apos;s details) or add a note of kind
          Action anywhere.
        </p>
      ) : shown.length === 0 ? (
        <p className="panel-empty">No action matches these filters.</p>
      ) : (
        <ul className="actions-list__items">
          {shown.map((item) => (
            <li
              key={item.id}
              className={`action-row${overdue.has(item.id) ? " action-row--overdue" : ""}`}
              data-testid="action-row"
              data-overdue={overdue.has(item.id) ? "true" : "false"}
            >
              <button
                type="button"
                className="action-row__body"
                onClick={() => {
                  useUiStore.getState().selectNote(item.id);
                  useUiStore.getState().setWorkshopTab("inspect");
                }}
              >
                <span className="action-row__text">{item.text || "Untitled action"}</span>
                <span className="action-row__meta">
                  {[
                    item.owner || "No owner",
                    item.due ? `due ${item.due}` : "no due date",
                    ACTION_STATUS_LABELS[item.status],
                  ].join(" · ")}
                  {overdue.has(item.id) && " · overdue"}
                </span>
                <span className="action-row__from">From {targetName(board, item.target)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
